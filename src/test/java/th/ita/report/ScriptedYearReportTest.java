package th.ita.report;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.evidence.EvidenceService;
import th.ita.measure.Decision;
import th.ita.plan.Plan;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanProcess;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.support.MeasureSteps;
import th.ita.support.TestPlans;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.report.ReportFiles.lines;

/**
 * A scripted year through the real processes, then the report the plan process generated at its close: measure a
 * (finance) is approved, measure b is left open (works accepted, office returned) when the coordinator closes the
 * year. Each √ must come from what happened: a's finance under done, b's two divisions under not done.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScriptedYearReportTest {

    @Autowired PlanImporter importer;
    @Autowired PlanService plans;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired MeasureSteps steps;
    @Autowired YearEndReportService reports;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestOrganisations testOrganisations;
    @Autowired EvidenceService evidence;

    @Test
    void reportOfTheClosedYear_putsEachCheckWhereTheProcessLeftTheDivision() {
        TestOrganisation org = testOrganisations.onboard();
        MeasureSteps steps = this.steps.of(org);
        CurrentUser coordinator = org.user("coordinator");
        long planId = importer.importPlan(TestPlans.smallPlan(org.nameTh(), "[a, b]"), org.id(), coordinator);
        plans.submitForApproval(planId, null, coordinator);
        plans.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);
        Plan plan = plans.find(planId).orElseThrow();
        PlanMeasure a = plan.measures().get(0);
        PlanMeasure b = plan.measures().get(1);

        steps.accept(a.processInstanceId(), "finance");
        steps.checkComplete(a.processInstanceId());
        steps.approve(a.processInstanceId());
        steps.accept(b.processInstanceId(), "works");
        steps.submit(b.processInstanceId(), "office");
        steps.review(b.processInstanceId(), "office", Decision.RETURN, "ขอภาพถ่ายเพิ่ม");

        plans.closeYear(planId, coordinator);
        runPlanJobs(planId);

        StoredReport report = reports.latest(planId).orElseThrow();
        assertThat(report.generatedBy()).isEqualTo("system");
        byte[] docx = reports.stored(planId, report.version(), ReportFormat.DOCX, coordinator).orElseThrow();
        XWPFTable iit = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(AbstractReportIT.WEAKNESS_HEADER)).findFirst().orElseThrow();
        assertThat(lines(iit.getRow(2).getCell(3))).containsExactly("๑.กองคลัง"); // stored versions print Thai digits, as published
        assertThat(lines(iit.getRow(2).getCell(4))).containsExactly("√");
        assertThat(lines(iit.getRow(2).getCell(5))).containsExactly("");
        assertThat(lines(iit.getRow(3).getCell(3))).containsExactly("๑.สำนักปลัด", "๒.กองช่าง");
        assertThat(lines(iit.getRow(3).getCell(4))).containsExactly("", "");
        assertThat(lines(iit.getRow(3).getCell(5))).containsExactly("√", "√");

        // The appendix: each recorded approval by person and role; the SHA-256 of the evidence it approved and the
        // chain's state in the verification annex.
        String financeSha256 = evidence.forProcessInstance(a.processInstanceId()).get(0).sha256();
        String text = ReportFiles.docxText(docx);
        assertThat(text).contains("การตัดสินใจที่บันทึกไว้",
                "๑. หัวหน้ากองตรวจสอบ: เห็นชอบ โดย ทดสอบ head (ผู้อำนวยการกองคลัง) ในฐานะหัวหน้ากองคลัง เมื่อ ",
                "๓. ผู้บริหารอนุมัติ: อนุมัติ โดย ทดสอบ executive (นายกเทศมนตรี) ในฐานะผู้บริหาร เมื่อ ",
                " — อนุมัติหลักฐาน ๑ รายการ (ค่า SHA-256 อยู่ในภาคผนวก ข)",
                "ห่วงโซ่การตัดสินใจสมบูรณ์ (๓ รายการ)", "ห่วงโซ่การตัดสินใจสมบูรณ์ (๒ รายการ)");
        String body = ReportFiles.docxBodyText(docx);
        int annex = body.indexOf("ภาคผนวก ข — ข้อมูลสำหรับตรวจสอบความถูกต้อง");
        assertThat(body.indexOf(financeSha256)).isGreaterThan(annex).isGreaterThan(0);
        assertThat(body.indexOf("ห่วงโซ่การตัดสินใจสมบูรณ์ (๓ รายการ)")).isGreaterThan(annex);
        assertThat(text).doesNotContain("ส่งกลับแก้ไข โดย"); // a return approves nothing
        assertThat(text).doesNotContain(org.userId("finance.head"), "head-finance", "executive)"); // people, not ids
        byte[] pdf = reports.stored(planId, report.version(), ReportFormat.PDF, coordinator).orElseThrow();
        assertThat(ReportFiles.skeleton(ReportFiles.pdfText(pdf))).contains(financeSha256);
    }

    /** The close runs asynchronously (a job) in the plan's process; the test runs it as the job executor would. */
    private void runPlanJobs(long planId) {
        String planProcess = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .processInstanceBusinessKey("plan-" + planId).singleResult().getId();
        for (Job job : managementService.createJobQuery().processInstanceId(planProcess).executable().list()) {
            managementService.executeJob(job.getId());
        }
    }
}
