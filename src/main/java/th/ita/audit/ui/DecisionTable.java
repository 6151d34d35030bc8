package th.ita.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.decision.ChainStatus;
import th.ita.decision.CoveredEvidence;
import th.ita.decision.DecisionRecord;
import th.ita.ui.ThaiDates;

import th.ita.division.RoleNames;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The measure's recorded decisions (who, in which role, when in the Buddhist Era, what, why, and the SHA-256 of
 * each evidence item the decision covered), under the result of the hash-chain check.
 */
class DecisionTable extends Composite<VerticalLayout> {

    static final String EVIDENCE_COLUMN = "evidence";
    final Span chain = new Span();
    final Grid<DecisionRecord> grid = new Grid<>();

    /**
     * @param people     who decided, "ชื่อ นามสกุล (ตำแหน่ง)" by account id
     * @param divisions  the organisation's division names by code, for the roles ("หัวหน้ากองคลัง")
     */
    DecisionTable(List<DecisionRecord> decisions, ChainStatus status, Map<String, String> people,
                  Function<String, String> divisions) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        chain.setId("decision-chain");
        chain.setText(status.isIntact() ? getTranslation("decisions.chain.intact", status.records())
                : getTranslation("decisions.chain.broken", status.brokenAtSeq(),
                getTranslation("decisions.problem." + status.problem().name())));
        chain.getElement().getThemeList().add(status.isIntact() ? "badge success" : "badge error");
        grid.setId("decision-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DecisionRecord::seq).setHeader(getTranslation("decisions.column.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> ThaiDates.dateTime(Date.from(r.decidedAt()), getLocale()))
                .setHeader(getTranslation("decisions.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("step." + r.step())).setHeader(getTranslation("decisions.column.step"));
        grid.addColumn(r -> people.getOrDefault(r.decidedBy(), r.decidedBy())).setHeader(getTranslation("decisions.column.by"))
                .setAutoWidth(true);
        grid.addColumn(r -> {
                    String role = RoleNames.of(r.role(), divisions, this::getTranslation);
                    return r.isActing() ? getTranslation("decisions.actingFor", role,
                            people.getOrDefault(r.actingFor(), r.actingFor())) : role;
                })
                .setKey("role").setHeader(getTranslation("decisions.column.role")).setAutoWidth(true);
        grid.addColumn(r -> r.decision() == null ? "" : getTranslation("decisions.value." + r.decision()))
                .setHeader(getTranslation("decisions.column.decision")).setAutoWidth(true);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader(getTranslation("decisions.column.reason"));
        grid.addComponentColumn(this::evidence).setKey(EVIDENCE_COLUMN).setHeader(getTranslation("decisions.column.evidence")).setFlexGrow(3);
        grid.setItems(decisions);
        if (decisions.isEmpty()) {
            layout.add(new H3(getTranslation("decisions.heading")), new Span(getTranslation("decisions.none")));
        } else {
            layout.add(new H3(getTranslation("decisions.heading")), chain, grid);
        }
    }

    private Div evidence(DecisionRecord record) {
        Div cell = new Div();
        List<CoveredEvidence> items = record.evidenceItems();
        if (items.isEmpty()) {
            cell.add(new Span(getTranslation("decisions.evidence.none")));
        }
        for (CoveredEvidence item : items) {
            Div line = new Div(item.name() + " · SHA-256 " + item.sha256());
            line.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            cell.add(line);
        }
        return cell;
    }
}
