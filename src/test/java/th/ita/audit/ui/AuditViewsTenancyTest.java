package th.ita.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.audit.MeasureSummary;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.ui.EvidenceDownload;
import th.ita.plan.Plan;
import th.ita.support.KaribuTest;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;

import java.io.ByteArrayOutputStream;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Organisation B's people open A's measure list, plan audit, measure history, report and evidence: none is there. */
class AuditViewsTenancyTest extends KaribuTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired EvidenceService evidenceService;

    @Test
    void anotherOrganisationsMeasuresPlanAuditHistoryReportAndEvidence_areNotFound() throws Exception {
        var a = organisations.onboard();
        var b = organisations.onboard();
        Plan plan = work.approvedPlan(a, "finance");
        String measure = OrganisationWork.measureProcess(plan);
        work.toExecutive(a, measure, "finance");
        UUID file = evidenceService.forProcessInstance(measure).get(0).id();

        login(b.userId("coordinator"));
        UI.getCurrent().navigate(MeasuresView.class);
        assertThat(GridKt._findAll(_get(MeasuresView.class).grid)).extracting(MeasureSummary::processInstanceId)
                .doesNotContain(measure);

        UI.getCurrent().navigate("plans/" + plan.id() + "/audit");
        assertThat(_get(PlanAuditView.class).content).isNull();
        assertNotFoundShown();

        UI.getCurrent().navigate("measures/" + measure + "/history");
        assertThat(_get(MeasureHistoryView.class).content).isNull();
        assertNotFoundShown();

        UI.getCurrent().navigate("plans/" + plan.id() + "/report");
        assertNotFoundShown();

        VaadinResponse refused = serve(file);
        verify(refused).setStatus(404);
        verify(refused, never()).setContentType(org.mockito.ArgumentMatchers.anyString());

        login(a.userId("coordinator"));
        UI.getCurrent().navigate("plans/" + plan.id() + "/audit");
        assertThat(_get(PlanAuditView.class).content).isNotNull();
        VaadinResponse served = serve(file);
        verify(served, never()).setStatus(404);
        verify(served).setContentType("application/pdf");
    }

    private VaadinResponse serve(UUID evidenceId) throws Exception {
        VaadinResponse response = mock(VaadinResponse.class);
        DownloadEvent event = mock(DownloadEvent.class);
        when(event.getResponse()).thenReturn(response);
        when(event.getOutputStream()).thenReturn(new ByteArrayOutputStream());
        EvidenceDownload.attachment(evidenceService, evidenceId).handleDownloadRequest(event);
        return response;
    }

    private static void assertNotFoundShown() {
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("ไม่พบแผนหรือมาตรการที่ระบุ");
    }
}
