package th.ita.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.people.People;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.UserInputException;
import th.ita.ui.ActionResult;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;
import th.ita.ui.WindowWidth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tasks of the user's division(s) and role, paged lazily from the engine. */
@Route("")
@Menu(title = "nav.inbox", order = 1)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ACTIONS_COLUMN = "actions";
    static final String MEASURE_COLUMN = "measure";
    static final String DUE_COLUMN = "due";
    static final String STEP_COLUMN = "step";
    static final String INDICATORS_COLUMN = "indicators";
    static final String CARD_COLUMN = "card";
    /** Below this window width the inbox is one card per task (as the approval queue is). */
    static final int NARROW_PX = WindowWidth.NARROW_PX;
    /** Polling rather than server push: simple, and it survives the proxies of municipal networks. */
    static final int POLL_MILLIS = 30_000;

    private final InboxService inboxService;
    private final CurrentUser user;
    private final Map<String, String> divisionNames;
    private final Clock clock;
    final Grid<TaskRow> grid = new Grid<>();
    final InboxFilters filters;
    private InboxService.Filter filter = InboxService.Filter.ALL;
    private Registration pollRegistration;
    private ActionResult result;

    private final People people;
    private final Map<String, String> assigneeNames = new HashMap<>();
    /** The columns of a wide screen; on a phone one card column stands for them all. */
    private final List<Grid.Column<TaskRow>> wideColumns = new ArrayList<>();
    private Grid.Column<TaskRow> cardColumn;

    public InboxView(InboxService inboxService, DivisionService divisionService, CurrentUserProvider users, Clock clock,
                     People people) {
        WindowWidth.follow(this, this::adaptToWidth);
        this.people = people;
        this.inboxService = inboxService;
        this.user = users.require();
        this.clock = clock;
        this.filters = new InboxFilters(inboxService.indicatorChoices(), this::filterChanged);
        this.divisionNames = divisionService.of(user.organisation()).stream()
                .collect(Collectors.toMap(Division::code, d -> d.name(getLocale())));
        setSizeFull();

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        configureWideColumns();
        // A phone's one column: the title (a link), the step, the due date with its state, the claim button,
        // stacked within the screen. Shown instead of the others below NARROW_PX (adaptToWidth).
        cardColumn = grid.addColumn(cardRenderer()).setKey(CARD_COLUMN)
                .setHeader(getTranslation("inbox.column.measure")).setFlexGrow(1);
        cardColumn.setVisible(false);
        grid.setItems(query -> {
                    List<TaskRow> rows = inboxService.page(user, filter, query.getOffset(), query.getLimit());
                    // The page's assignees by name and position: one statement per page, not per row.
                    assigneeNames.putAll(people.labels(rows.stream().map(TaskRow::assignee).toList()));
                    return rows.stream();
                },
                query -> (int) inboxService.count(user, filter));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.setSizeFull();
        // An empty inbox says why and what comes next, instead of a blank grid.
        grid.setEmptyStateText(getTranslation("inbox.empty"));

        add(new H2(getTranslation("inbox.title")), filters, grid);
    }

    /**
     * What decides comes first: the title (a link to the task, reachable by Tab), the step and the due date, so that
     * on a laptop nothing of them sits under the claim column frozen to the right edge (the due date did, and for the
     * coordinator the whole due column). When it was received goes under the title, which kept the row within a
     * 1366 px screen.
     */
    private void configureWideColumns() {
        wideColumns.add(grid.addColumn(titleRenderer()).setKey(MEASURE_COLUMN).setHeader(getTranslation("inbox.column.measure"))
                .setWidth("15rem").setFlexGrow(3));
        wideColumns.add(grid.addColumn(TaskRow::taskName).setKey(STEP_COLUMN).setHeader(getTranslation("inbox.column.task"))
                .setWidth("9rem").setFlexGrow(1));
        wideColumns.add(grid.addColumn(dueRenderer()).setKey(DUE_COLUMN).setHeader(getTranslation("inbox.column.due"))
                .setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(this::divisionName).setHeader(getTranslation("inbox.column.division"))
                .setWidth("8rem").setFlexGrow(1));
        wideColumns.add(grid.addColumn(row -> row.assignee() == null ? "" : assigneeNames.getOrDefault(row.assignee(), row.assignee()))
                .setHeader(getTranslation("inbox.column.assignee")).setWidth("11rem").setFlexGrow(1));
        wideColumns.add(grid.addColumn(this::indicators).setKey(INDICATORS_COLUMN)
                .setHeader(getTranslation("inbox.column.indicators")).setWidth("5rem").setFlexGrow(0));
        // Frozen to the right edge: on a narrower laptop the row is wider than the grid, and a half-hidden button moved
        // under the pointer when the grid scrolled its cell into view, so the click missed it. Only "claim"/"release"
        // is left in it (the title opens the task), so it is narrow and covers nothing that matters.
        wideColumns.add(grid.addColumn(actionsRenderer()).setKey(ACTIONS_COLUMN).setHeader(getTranslation("inbox.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true));
    }

    /**
     * On a phone the title, step, due date and state are what matter, as one card per row (side by side, every column
     * but the title was past the right edge of a 390 px screen). Asked of the browser when the view is attached and
     * again whenever the window is resized, as in the approval queue.
     */
    void adaptToWidth(int windowWidth) {
        boolean wide = windowWidth >= NARROW_PX;
        wideColumns.forEach(column -> column.setVisible(wide));
        cardColumn.setVisible(!wide);
    }

    /** The measure's title as a link to the task (on two lines at most; the whole of it on hover), then when it came. */
    private LitRenderer<TaskRow> titleRenderer() {
        return LitRenderer.<TaskRow>of("<a class=\"inbox-measure\" href=\"${item.href}\" title=\"${item.title}\">"
                        + "${item.title}</a><div class=\"inbox-received\">${item.received}</div>")
                .withProperty("title", TaskRow::measureTitle)
                .withProperty("href", this::taskHref)
                .withProperty("received", this::receivedText);
    }

    /** A phone's card: the title as a link, the step and division, the due date with its state, the claim button. */
    private LitRenderer<TaskRow> cardRenderer() {
        return LitRenderer.<TaskRow>of("<div class=\"inbox-card\">"
                        + "<a class=\"inbox-card-title\" href=\"${item.href}\">${item.title}</a>"
                        + "<div class=\"inbox-card-step\">${item.step}${item.division ? ` · ${item.division}` : ''}</div>"
                        + "<div class=\"inbox-card-due\">${item.dueLabel} "
                        + "${item.overdue ? html`<span theme=\"badge error\" class=\"" + OVERDUE_CLASS + "\">${item.due}</span>`"
                        + " : html`<span>${item.due}</span>`}</div>"
                        + "${item.claimLabel ? html`<div class=\"inbox-actions\"><vaadin-button theme=\"small\" "
                        + "@click=${claimOrRelease}>${item.claimLabel}</vaadin-button></div>` : ''}</div>")
                .withProperty("title", TaskRow::measureTitle)
                .withProperty("href", this::taskHref)
                .withProperty("step", TaskRow::taskName)
                .withProperty("division", this::divisionName)
                .withProperty("dueLabel", row -> getTranslation("inbox.column.due"))
                .withProperty("due", this::dueText)
                .withProperty("overdue", this::isOverdue)
                .withProperty("claimLabel", row -> claimActionKey(row).map(this::getTranslation).orElse(null))
                .withFunction("claimOrRelease", this::claimOrRelease);
    }

    /** By path: the task screen (th.ita.task) reads the inbox's rows, so the inbox does not name it. */
    private String taskHref(TaskRow row) {
        return TASK_PATH + row.taskId();
    }

    private String receivedText(TaskRow row) {
        return getTranslation("inbox.receivedOn", ThaiDates.dateTime(row.created(), getLocale()));
    }

    private String divisionName(TaskRow row) {
        return divisionNames.getOrDefault(row.divisionCode(), "");
    }

    /** The filters live in the URL (step, indicator, mine, overdue), so a filtered inbox can be bookmarked. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showResult(event.getUI());
        filters.read(event.getLocation().getQueryParameters());
        filter = filters.filter();
        grid.getDataProvider().refreshAll();
    }

    /** What the user's last action on a task did, where their focus lands (the task screen sends them here). */
    private void showResult(UI ui) {
        if (result != null) {
            remove(result);
            result = null;
        }
        ActionResult.take(ui).ifPresent(taken -> {
            result = taken;
            addComponentAtIndex(1, taken);
        });
    }

    private void filterChanged() {
        filter = filters.filter();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(InboxView.class), filters.queryParameters())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        pollRegistration = event.getUI().addPollListener(poll -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
    }

    /*
     * The due date and the buttons are rendered in the browser (LitRenderer) rather than as server-side components:
     * a page of 50 rows built four components per row, which was most of the inbox's server time at 100,000 open
     * tasks (BENCHMARKS.md, issue 12 (b)). The buttons call back with the row's item; the services check again who
     * may claim, release or open it, as they do for the REST API.
     */

    /** The due date in the Buddhist Era, and a visible "overdue" mark, not only a colour. */
    private LitRenderer<TaskRow> dueRenderer() {
        return LitRenderer.<TaskRow>of("${item.overdue"
                        + " ? html`<span theme=\"badge error\" class=\"inbox-due " + OVERDUE_CLASS + "\">${item.due}</span>`"
                        + " : html`<span class=\"inbox-due\">${item.due}</span>`}")
                .withProperty("due", this::dueText)
                .withProperty("overdue", this::isOverdue);
    }

    private String dueText(TaskRow row) {
        String date = ThaiDates.date(row.due(), getLocale());
        return isOverdue(row) ? date + " · " + getTranslation("inbox.overdue") : date;
    }

    private boolean isOverdue(TaskRow row) {
        return row.isOverdue(LocalDate.now(clock), clock.getZone());
    }

    static final String OVERDUE_CLASS = "overdue";

    private String indicators(TaskRow row) {
        return row.indicators().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "Claim" on an unclaimed task, "release" on one's own; the title is the way to open it. */
    private LitRenderer<TaskRow> actionsRenderer() {
        return LitRenderer.<TaskRow>of("<div class=\"inbox-actions\">"
                        + "${item.claimLabel ? html`<vaadin-button theme=\"small\" @click=${claimOrRelease}>"
                        + "${item.claimLabel}</vaadin-button>` : ''}</div>")
                .withProperty("claimLabel", row -> claimActionKey(row).map(this::getTranslation).orElse(null))
                .withFunction("claimOrRelease", this::claimOrRelease);
    }

    /** The message key of the row's claim button, if it has one. */
    private Optional<String> claimActionKey(TaskRow row) {
        if (!row.isClaimed()) {
            return Optional.of("inbox.claim");
        }
        return user.userId().equals(row.assignee()) ? Optional.of("inbox.unclaim") : Optional.empty();
    }

    private void claimOrRelease(TaskRow row) {
        if (claimActionKey(row).isEmpty()) {
            return; // someone else's task: no button was shown, so a call for it is not the user's
        }
        try {
            if (!row.isClaimed()) {
                inboxService.claim(row.taskId(), user);
                Messages.success("inbox.claimed");
            } else {
                inboxService.unclaim(row.taskId(), user);
                Messages.success("inbox.unclaimed");
            }
        } catch (UserInputException e) {
            Messages.error(e);
        }
        grid.getDataProvider().refreshAll();
    }

    private void open(TaskRow row) {
        getUI().ifPresent(ui -> ui.navigate(taskHref(row)));
    }

    static final String TASK_PATH = "task/";

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
