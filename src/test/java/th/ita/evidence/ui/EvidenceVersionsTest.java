package th.ita.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.EvidenceVersion;
import th.ita.measure.Decision;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.support.KaribuTest;
import th.ita.support.TestPdf;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A resubmission after a return adds files; nothing submitted before is replaced. */
class EvidenceVersionsTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired EvidenceService evidenceService;
    @Autowired TaskService taskService;

    @Test
    void resubmissionAfterAReturn_isRoundTwo_sameNameIsANewVersion_andTheListMarksTheLatestRound() {
        String measure = measureService.start("ฉบับแก้ไข " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        var officer = users.user("finance.officer");
        var head = users.user("finance.head");
        measureTaskService.submitWork(task(measure).getId(), "ฉบับแรก",
                List.of(new EvidenceFile("ประกาศ.pdf", TestPdf.minimal("ฉบับแรก"))), officer);
        measureTaskService.reviewAsHead(task(measure).getId(), Decision.RETURN, "ขาดลายมือชื่อ", head);
        measureTaskService.submitWork(task(measure).getId(), "แก้ไขแล้ว", List.of(
                new EvidenceFile("ประกาศ.pdf", TestPdf.minimal("ฉบับแก้ไข")),
                new EvidenceFile("ภาพถ่าย.pdf", TestPdf.minimal("ภาพ"))), officer);

        List<EvidenceVersion> versions = evidenceService.versions(measure);
        assertThat(versions).extracting(v -> v.evidence().fileName(), EvidenceVersion::round, EvidenceVersion::latestRound)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ประกาศ.pdf", 1, false),
                        org.assertj.core.groups.Tuple.tuple("ประกาศ.pdf", 2, true),
                        org.assertj.core.groups.Tuple.tuple("ภาพถ่าย.pdf", 2, true));
        assertThat(versions.get(1).fileVersion()).isEqualTo(2);
        assertThat(versions.get(0).evidence().sha256()).isNotEqualTo(versions.get(1).evidence().sha256());
        assertThat(versions.get(0).evidence().taskId()).isNotEqualTo(versions.get(1).evidence().taskId());
        assertThat(evidenceService.content(versions.get(0).evidence().id())).isEqualTo(TestPdf.minimal("ฉบับแรก"));

        login("finance.head");
        UI.getCurrent().navigate("task/" + task(measure).getId());
        List<String> items = _get(EvidenceList.class).getChildren()
                .flatMap(c -> c.getChildren()).filter(ListItem.class::isInstance)
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).startsWith("ฉบับที่ 1").contains("ประกาศ.pdf").doesNotContain("ฉบับล่าสุด");
        assertThat(items.get(1)).startsWith("ฉบับที่ 2").contains("ประกาศ.pdf", "ไฟล์ชื่อนี้ครั้งที่ 2").endsWith("ฉบับล่าสุด");
        assertThat(items.get(2)).startsWith("ฉบับที่ 2").contains("ภาพถ่าย.pdf").endsWith("ฉบับล่าสุด");
    }

    private Task task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
