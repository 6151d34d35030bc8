package th.ita.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.decision.DecisionRecord;
import th.ita.evidence.EvidenceService;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;
import th.ita.support.MeasureSteps;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MeasureHistoryDecisionsViewTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired EvidenceService evidence;
    @Autowired JdbcClient jdbc;

    @Test
    void historyListsEachDecisionWithTheEvidenceHashes_andSaysTheChainIsIntact_orWhereItBroke() {
        String pi = measureService.start("มาตรการหน้าประวัติการตัดสินใจ", List.of("finance"), users.user("coordinator"));
        steps.accept(pi, "finance");
        steps.checkComplete(pi);
        steps.approve(pi);
        String sha256 = evidence.forProcessInstance(pi).get(0).sha256();
        login("works.officer");

        UI.getCurrent().navigate("measures/" + pi + "/history");

        DecisionTable table = _get(MeasureHistoryView.class).decisionTable;
        assertThat(table.chain.getText()).isEqualTo("ห่วงโซ่การตัดสินใจสมบูรณ์ (3 รายการ)");
        assertThat(GridKt._findAll(table.grid)).extracting(DecisionRecord::decidedBy, DecisionRecord::role)
                .containsExactly(tuple("finance.head", "head-finance"), tuple("coordinator", "ita-coordinator"),
                        tuple("mayor", "executive"));
        // People by name and position, roles by what they are called: no login id or group code on the page.
        assertThat(GridKt._getFormattedRow(table.grid, 2)).contains("ผู้บริหารอนุมัติ", "อนุมัติ",
                "นายสมชาย รักษ์บ้านตาล (นายกเทศมนตรีตำบลบ้านตาล)", "ผู้บริหาร");
        assertThat(GridKt._getFormattedRow(table.grid, 0)).contains("นางชูใจ ศรีสุข (ผู้อำนวยการกองคลัง)", "หัวหน้ากองคลัง");
        assertThat(GridKt._getFormattedRow(table.grid, 1)).contains("ผู้ประสานงาน ITA")
                .noneMatch(cell -> cell.contains("coordinator") || cell.contains("ita-coordinator"));
        assertThat(GridKt._getFormattedRow(table.grid, 0).get(1)).matches(".* 25\\d\\d \\d\\d:\\d\\d");
        assertThat(evidenceCellText(table, 2)).contains("SHA-256 " + sha256);

        jdbc.sql("update decision_record set decided_by = 'someone' where process_instance_id = ? and seq = 1")
                .param(pi).update();
        UI.getCurrent().navigate("measures/" + pi + "/history", QueryParameters.fromString("user=finance.head"));

        assertThat(_get(MeasureHistoryView.class).decisionTable.chain.getText())
                .isEqualTo("ห่วงโซ่การตัดสินใจขาดที่แถว 1: ข้อมูลในแถวนี้ถูกแก้ไข (ค่าแฮชไม่ตรง)");
    }

    private static String evidenceCellText(DecisionTable table, int row) {
        return GridKt._getCellComponent(table.grid, row, DecisionTable.EVIDENCE_COLUMN).getElement().getTextRecursively();
    }
}
