package th.ita.assessment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.organisation.OrganisationService;
import th.ita.province.NewProvinceAuditor;
import th.ita.province.ProvinceAuditors;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The province auditor's import of a whole province's results: the file's rows are shown checked, with their ratings,
 * before anything is saved; confirm saves them; a bad file lists its problems in Thai by row and column. The upload
 * speaks Thai. Another role cannot open the page.
 */
class ProvinceResultImportViewTest extends KaribuTest {

    @Autowired OrganisationService organisations;
    @Autowired ProvinceAuditors auditors;
    @Autowired JdbcClient jdbc;

    String province;
    String auditor;
    List<Long> ids;

    @BeforeEach
    void aProvinceWithTheExampleOrganisations() {
        province = "จังหวัดหน้าจอ " + UUID.randomUUID().toString().substring(0, 8);
        ids = List.of(organisations.ensure("เทศบาลตำบลบ้านตัวอย่าง", null, "เมือง", province, null),
                organisations.ensure("เทศบาลตำบลหนองตัวอย่าง", null, "เมือง", province, null),
                organisations.ensure("องค์การบริหารส่วนตำบลทุ่งตัวอย่าง", null, "เมือง", province, null));
        auditor = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        auditors.create(new NewProvinceAuditor(auditor, "ผู้ตรวจ", "จังหวัด", auditor + "@ita.example",
                TestOrganisations.PASSWORD, province), TestOrganisations.PLATFORM_ADMIN);
    }

    @Test
    void theCheckedRowsAreShown_beforeConfirmSavesThem() throws IOException {
        ProvinceResultImportView view = open();
        assertThat(view.province.getValue()).isEqualTo(province);
        assertThat(view.province.isReadOnly()).isTrue();

        upload(view, example());

        assertThat(GridKt._size(view.rows)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.rows, 0)).contains("เทศบาลตำบลบ้านตัวอย่าง", "2566", "96.50", "ผ่านดีเยี่ยม", "ใหม่");
        assertThat(GridKt._getFormattedRow(view.rows, 2)).contains("2565", "72.40", "C");
        assertThat(view.status.getText()).isEqualTo("ตรวจแล้ว 3 รายการ ไม่พบข้อผิดพลาด กรุณาตรวจดูก่อนยืนยัน");
        assertThat(saved()).isZero();

        _click(view.confirm);

        assertThat(saved()).isEqualTo(3);
        assertThat(view.rows.isVisible()).isFalse();
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void aBadFile_listsItsProblemsInThai_byRowAndColumn_andCannotBeConfirmed() throws IOException {
        ProvinceResultImportView view = open();
        byte[] bad = new String(example(), StandardCharsets.UTF_8).replace(",96.00,", ",960,")
                .getBytes(StandardCharsets.UTF_8);

        upload(view, bad);

        assertThat(view.problems.getChildren().map(item -> ((ListItem) item).getText()).toList())
                .containsExactly("แถวที่ 3 คอลัมน์ \"EIT\": \"คะแนนแบบวัด\" ต้องอยู่ระหว่าง 0 ถึง 100 แต่ได้รับ \"960\"");
        assertThat(view.status.getText()).contains("ยังไม่ได้บันทึกข้อมูลใด ๆ");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(saved()).isZero();
    }

    @Test
    void resultsAlreadyRecorded_needTheReplaceChoice() throws IOException {
        ProvinceResultImportView view = open();
        upload(view, example());
        _click(view.confirm);

        upload(view, example());
        assertThat(view.problems.getChildren().count()).isEqualTo(3);
        assertThat(view.confirm.isEnabled()).isFalse();

        _setValue(view.replace, true);
        assertThat(GridKt._getFormattedRow(view.rows, 0)).contains("แทนที่ผลเดิม");
        assertThat(view.confirm.isEnabled()).isTrue();
    }

    @Test
    void theUploadSpeaksThai() {
        ProvinceResultImportView view = open();

        assertThat(view.upload.getI18n().getAddFiles().getOne()).isEqualTo("เลือกไฟล์...");
        assertThat(view.upload.getI18n().getDropFiles().getOne()).isEqualTo("ลากไฟล์มาวางที่นี่");
    }

    @Test
    void aCoordinator_cannotOpenThePage() {
        login("coordinator");

        UI.getCurrent().navigate("province/results-import");

        assertThatThrownBy(() -> _assertNone(ProvinceResultImportView.class)).hasMessageContaining("AccessDeniedException");
    }

    /** Through the Upload component and its size-limited handler, as a browser would send the file. */
    private static void upload(ProvinceResultImportView view, byte[] file) {
        UploadKt._upload(view.upload, "province.csv", "text/csv", file);
    }

    private ProvinceResultImportView open() {
        login(auditor);
        UI.getCurrent().navigate(ProvinceResultImportView.class);
        return _get(ProvinceResultImportView.class);
    }

    private static byte[] example() throws IOException {
        try (InputStream in = ProvinceResultImportViewTest.class.getResourceAsStream("/assessment/province-results.csv")) {
            return in.readAllBytes();
        }
    }

    private int saved() {
        return jdbc.sql("select count(*) from assessment where organisation_id in (:ids)").param("ids", ids)
                .query(Integer.class).single();
    }
}
