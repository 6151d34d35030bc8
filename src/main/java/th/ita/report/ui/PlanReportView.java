package th.ita.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import th.ita.plan.Plan;
import th.ita.plan.PlanService;
import th.ita.report.ReportFormat;
import th.ita.report.ReportOptions;
import th.ita.report.StoredReport;
import th.ita.report.YearEndReportService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The year-end report of a plan: download it as the data stands (DOCX, PDF), store a new version, and download
 * the stored versions exactly as they were made. The plan page links here by path ({@link #PATH}).
 */
@Route(PlanReportView.PATH)
@RolesAllowed({Groups.COORDINATOR, Groups.EXECUTIVE, Groups.PROVINCE_AUDITOR})
public class PlanReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN_ID = "planId";
    static final String PATH = "plans/:" + PLAN_ID + "/report";

    private final YearEndReportService reports;
    private final PlanService plans;
    private final CurrentUser user;
    final VerticalLayout versions = new VerticalLayout();
    Button generate;

    public PlanReportView(YearEndReportService reports, PlanService plans, CurrentUserProvider users) {
        this.reports = reports;
        this.plans = plans;
        this.user = users.require();
        setMaxWidth("60rem");
        versions.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Plan> plan = event.getRouteParameters().getLong(PLAN_ID).flatMap(id -> plans.find(id, user));
        if (plan.isEmpty()) {
            add(new H2(getTranslation("report.view.title")), new Paragraph(getTranslation("plan.error.notFound")));
            return;
        }
        long planId = plan.get().id();
        add(new H2(getTranslation("report.view.heading", plan.get().organisation(),
                        String.valueOf(plan.get().fiscalYear().buddhistYear()))),
                new H3(getTranslation("report.view.current")),
                downloads(planId, null, format -> reports.current(planId, format, user, ReportOptions.THAI_DIGITS)));
        // Storing a version is an act of the plan's own organisation; a reader from outside (a province auditor)
        // downloads, nothing more.
        generate = null;
        if (user.belongsTo(plan.get().organisationId()) && (user.isCoordinator() || user.isExecutive())) {
            generate = new Button(getTranslation("report.view.generate"), click -> generate(planId));
            generate.setId("report-generate");
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(generate);
        }
        add(new H3(getTranslation("report.view.versions")), versions);
        showVersions(planId);
    }

    void generate(long planId) {
        StoredReport report = reports.generate(planId, user);
        Messages.success("report.view.generated", String.valueOf(report.version()));
        showVersions(planId);
    }

    private void showVersions(long planId) {
        versions.removeAll();
        List<StoredReport> stored = reports.versions(planId, user);
        if (stored.isEmpty()) {
            versions.add(new Paragraph(getTranslation("report.view.noVersions")));
        }
        for (StoredReport report : stored) {
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("report.view.version",
                    String.valueOf(report.version()), report.generatedBy(), time(report.generatedAt()))));
            if (report.isSignedOff()) {
                Span signed = new Span(getTranslation("report.view.signedOff", report.signedOffBy(), time(report.signedOffAt())));
                signed.getElement().getThemeList().add("badge success");
                row.add(signed);
            }
            row.add(downloads(planId, report.version(), format ->
                    reports.stored(planId, report.version(), format, user).orElseThrow()));
            versions.add(row);
        }
    }

    private HorizontalLayout downloads(long planId, Integer version, java.util.function.Function<ReportFormat, byte[]> file) {
        HorizontalLayout links = new HorizontalLayout();
        for (ReportFormat format : ReportFormat.values()) {
            Anchor anchor = new Anchor(download(format.fileName(planId, version), format, () -> file.apply(format)),
                    getTranslation("report.view." + format.name().toLowerCase(java.util.Locale.ROOT)));
            anchor.setId("report-" + format.name().toLowerCase(java.util.Locale.ROOT) + (version == null ? "" : "-v" + version));
            links.add(anchor);
        }
        return links;
    }

    private static DownloadHandler download(String fileName, ReportFormat format, Supplier<byte[]> bytes) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, format.contentType(), content.length);
        });
    }

    private String time(OffsetDateTime time) {
        return ThaiDates.dateTime(time, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.view.title");
    }
}
