package th.ita.oit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import th.ita.assessment.FrameworkService;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.oit.DivisionReadiness;
import th.ita.oit.LastCheck;
import th.ita.oit.OitBoard;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitCsv;
import th.ita.oit.OitService;
import th.ita.oit.OitState;
import th.ita.oit.OitUrl;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;

import th.ita.people.People;
import th.ita.ui.WindowWidth;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The OIT readiness board: every OIT item of the year with its division, URLs, state and latest check, readiness per
 * division, and the CSV for ITAS. Divisions fill in their own items here; the coordinator assigns and approves.
 * {@code ?year=2566} picks the year (default: the fiscal year we are in, whose board follows the newest framework until
 * NACC's of the year is loaded; else the newest framework's), {@code ?organisation=<id>} another organisation the user
 * may read (a province auditor's). Above the items: which framework the board follows ({@link OitFrameworkPanel}) and
 * the estimated OIT score ({@link OitEstimatePanel}).
 */
@Route(OitBoardView.ROUTE)
@Menu(title = "nav.oit", order = 7)
@PermitAll
public class OitBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "oit";
    /** Below this window width the items show code, title and state only (as the inbox turns to cards). */
    static final int NARROW_PX = WindowWidth.NARROW_PX;
    /** What a phone leaves out: the rest is in the item's form, a tap away. */
    static final List<String> WIDE_ONLY_COLUMNS = List.of("division", "urls", "lastCheck", "approved");

    private final OitService service;
    private final FrameworkService frameworks;
    private final DivisionService divisionService;
    private final OitCsv csv;
    private final CurrentUser user;
    private final Clock clock;
    final Select<FiscalYear> year = new Select<>();
    final Grid<OitBoardItem> grid = new Grid<>();
    final Grid<DivisionReadiness> divisions = new Grid<>();
    final Div detail = new Div();
    OitItemForm form;
    OitFrameworkPanel frameworkPanel;
    OitEstimatePanel estimatePanel;
    Anchor download;
    private long organisationId;
    private OitBoard board;

    private final People people;
    /** Who approved each item, "ชื่อ นามสกุล (ตำแหน่ง)", read once per board shown. */
    private Map<String, String> approverNames = Map.of();

    public OitBoardView(OitService service, FrameworkService frameworks, DivisionService divisionService, OitCsv csv,
                        CurrentUserProvider users, Clock clock, People people) {
        WindowWidth.follow(this, this::adaptToWidth);
        this.people = people;
        this.service = service;
        this.clock = clock;
        this.frameworks = frameworks;
        this.divisionService = divisionService;
        this.csv = csv;
        this.user = users.require();
        year.setId("oit-year");
        year.setLabel(getTranslation("oit.year"));
        year.setItemLabelGenerator(FiscalYear::toString);
        grid.setId("oit-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(OitBoardItem::code).setKey("code").setHeader(getTranslation("oit.column.code")).setWidth("4em").setFlexGrow(0);
        grid.addColumn(i -> i.titleWithRole(this::getTranslation)).setKey("title").setHeader(getTranslation("oit.column.title")).setFlexGrow(3);
        grid.addColumn(i -> i.divisionName() == null ? getTranslation("oit.division.none") : i.divisionName())
                .setKey("division").setHeader(getTranslation("oit.column.division")).setFlexGrow(1);
        grid.addComponentColumn(this::urls).setKey("urls").setHeader(getTranslation("oit.column.urls")).setFlexGrow(3);
        grid.addComponentColumn(i -> stateBadge(i.state())).setKey("state").setHeader(getTranslation("oit.column.state")).setFlexGrow(1);
        grid.addColumn(i -> lastCheck(i.lastCheck())).setKey("lastCheck").setHeader(getTranslation("oit.column.lastCheck")).setFlexGrow(1);
        grid.addColumn(i -> i.approved() ? getTranslation("oit.approvedBy",
                approverNames.getOrDefault(i.approvedBy(), i.approvedBy())) : "").setKey("approved")
                .setHeader(getTranslation("oit.column.approved")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));
        divisions.setId("oit-divisions");
        divisions.addThemeVariants(GridVariant.LUMO_COMPACT);
        divisions.setAllRowsVisible(true);
        divisions.addColumn(d -> d.divisionName() == null ? getTranslation("oit.division.none") : d.divisionName())
                .setKey("division").setHeader(getTranslation("oit.column.division"));
        divisions.addColumn(DivisionReadiness::items).setKey("items").setHeader(getTranslation("oit.column.items"));
        divisions.addColumn(DivisionReadiness::entered).setKey("entered").setHeader(getTranslation("oit.column.entered"));
        divisions.addColumn(DivisionReadiness::alive).setKey("alive").setHeader(getTranslation("oit.column.alive"));
        divisions.addColumn(DivisionReadiness::broken).setKey("broken").setHeader(getTranslation("oit.column.broken"));
        divisions.setWidth("40em");
        divisions.setMaxWidth("100%");
        detail.setId("oit-detail");
        detail.setWidthFull();
    }

    /**
     * On a phone the item's code, title and state: side by side with its division, addresses, last check and approval,
     * the state was past the right edge of a 390 px screen. The item's form (a tap on the row) has the rest.
     */
    void adaptToWidth(int windowWidth) {
        boolean wide = windowWidth >= NARROW_PX;
        WIDE_ONLY_COLUMNS.forEach(key -> grid.getColumnByKey(key).setVisible(wide));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("oit.title")));
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> organisation = first(query, "organisation").flatMap(OitBoardView::number).or(user::organisation);
        List<FiscalYear> years = new java.util.ArrayList<>(frameworks.years());
        FiscalYear current = FiscalYear.of(LocalDate.now(clock));
        Optional<FiscalYear> requested = first(query, "year").flatMap(OitBoardView::number).flatMap(OitBoardView::fiscalYear);
        // A year without its own framework has a board on the newest earlier one (provisional): offered too.
        for (FiscalYear extra : requested.map(r -> List.of(current, r)).orElse(List.of(current))) {
            if (!years.contains(extra) && extra.compareTo(current.next()) <= 0
                    && years.stream().anyMatch(y -> y.compareTo(extra) < 0)) {
                years.add(extra);
            }
        }
        years.sort(FiscalYear::compareTo);
        if (organisation.isEmpty() || years.isEmpty()) {
            add(new Paragraph(getTranslation(organisation.isEmpty() ? "oit.error.noOrganisation" : "oit.noFramework")));
            return;
        }
        organisationId = organisation.get();
        FiscalYear chosen = requested.filter(years::contains)
                .orElse(years.contains(current) ? current : years.get(years.size() - 1));
        year.setItems(years);
        year.setValue(chosen);
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(
                        organisationParameter(Map.of("year", String.valueOf(e.getValue().buddhistYear()))))));
            }
        });
        try {
            reload();
        } catch (UserInputException e) {
            removeAll();
            add(new H2(getTranslation("oit.title")), new Paragraph(Messages.text(e)));
        }
    }

    private void reload() {
        board = service.board(organisationId, year.getValue(), user);
        removeAll();
        add(new H2(getTranslation("oit.heading", board.fiscalYear().toString())), year);
        add(new Paragraph(board.websiteDomain() == null ? getTranslation("oit.website.none")
                : getTranslation("oit.website", board.websiteDomain())));
        Paragraph summary = new Paragraph(getTranslation("oit.summary", board.count(OitState.ALIVE), board.items().size(),
                board.count(OitState.ENTERED), board.count(OitState.BROKEN), board.count(OitState.MISSING)));
        summary.setId("oit-summary");
        long organisation = organisationId;
        FiscalYear fiscalYear = board.fiscalYear();
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.bytes(service.board(organisation, fiscalYear, user));
            return new DownloadResponse(new ByteArrayInputStream(bytes), OitCsv.fileName(board), OitCsv.CONTENT_TYPE,
                    bytes.length);
        }), getTranslation("oit.download"));
        download.setId("oit-download");
        divisions.setItems(board.divisions());
        approverNames = people.labels(board.items().stream().map(OitBoardItem::approvedBy).toList());
        grid.setItems(board.items());
        detail.removeAll();
        form = null;
        frameworkPanel = new OitFrameworkPanel(board, new OitFrameworkPanel.Actions() {
            @Override
            public void confirmMapping() {
                act(() -> {
                    var move = service.confirmMapping(organisationId, board.fiscalYear(), user);
                    return move.dropped().isEmpty()
                            ? getTranslation("oit.mapping.confirmed", move.moved())
                            : getTranslation("oit.mapping.confirmedDropped", move.moved(), String.join(", ", move.dropped()));
                });
            }

            @Override
            public void carryOver() {
                act(() -> {
                    var carried = service.carryOver(organisationId, board.fiscalYear(), user);
                    return getTranslation("oit.carriedOver", carried.from().toString(), carried.copied(), carried.kept());
                });
            }
        });
        estimatePanel = new OitEstimatePanel(board);
        add(frameworkPanel, summary, estimatePanel, download, divisions, detail, grid);
    }

    /** An action on the whole board: its own message on success, the service's Thai message otherwise. */
    private void act(Supplier<String> action) {
        String done;
        try {
            done = action.get();
        } catch (UserInputException e) {
            Messages.error(e);
            return;
        }
        Notification.show(done, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload();
    }

    private void showForm(OitBoardItem item) {
        detail.removeAll();
        form = null;
        if (item == null || !user.belongsTo(organisationId)) {
            return;
        }
        List<Division> all = divisionService.all(organisationId);
        form = new OitItemForm(board, item, all, new OitItemForm.Actions() {
            @Override
            public void answer(String code, List<String> urls, String explanation) {
                act(() -> service.answer(organisationId, board.fiscalYear(), code, urls, explanation, user), "oit.saved", code);
            }

            @Override
            public void assign(String code, String divisionCode) {
                act(() -> service.assign(organisationId, board.fiscalYear(), code, divisionCode, user), "oit.assigned", code);
            }

            @Override
            public void approve(String code) {
                act(() -> service.approve(organisationId, board.fiscalYear(), code, user), "oit.approved", code);
            }
        });
        detail.add(form);
    }

    private void act(Runnable action, String successKey, String code) {
        try {
            action.run();
        } catch (UserInputException e) {
            Messages.error(e);
            return;
        }
        Messages.success(successKey, code);
        reload();
    }

    private Div urls(OitBoardItem item) {
        Div cell = new Div();
        for (OitUrl url : item.urls()) {
            Anchor link = new Anchor(url.url(), url.url());
            link.setTarget("_blank");
            // Long addresses wrap inside the cell instead of being cut off.
            link.getStyle().set("word-break", "break-all");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Div line = new Div(link);
            if (url.fromEvidence()) {
                Span from = new Span(" (" + getTranslation("oit.fromEvidence") + ")");
                from.getStyle().set("color", "var(--lumo-secondary-text-color)");
                line.add(from);
            }
            cell.add(line);
        }
        return cell;
    }

    private Span stateBadge(OitState state) {
        Span badge = new Span(getTranslation("oit.state." + state));
        String theme = switch (state) {
            case ALIVE -> "badge success";
            case BROKEN -> "badge error";
            case ENTERED -> "badge";
            case MISSING -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("oit-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private String lastCheck(LastCheck check) {
        if (check == null) {
            return "";
        }
        return getTranslation("oit.check." + check.status()) + " · "
                + ThaiDates.dateTime(check.at(), getLocale());
    }

    private Map<String, String> organisationParameter(Map<String, String> parameters) {
        if (user.belongsTo(organisationId)) {
            return parameters;
        }
        var all = new java.util.HashMap<>(parameters);
        all.put("organisation", String.valueOf(organisationId));
        return all;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).flatMap(values -> values.stream().findFirst());
    }

    private static Optional<FiscalYear> fiscalYear(long year) {
        return year >= FiscalYear.MIN && year <= FiscalYear.MAX ? Optional.of(FiscalYear.of((int) year)) : Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.oit");
    }
}
