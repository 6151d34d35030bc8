package th.ita.oit;

import th.ita.shared.FiscalYear;

import java.util.List;
import java.util.Optional;

/**
 * An organisation's OIT items of one fiscal year, in the framework's order, with readiness per division.
 * {@code frameworkYear} is the year whose framework the items follow: the board's own year, or, until NACC's framework
 * of the year is loaded, the newest earlier one (a stand-in). {@code pendingMapping} is set once the year's own
 * framework has arrived and the coordinator has yet to confirm how the answers move to it. {@code estimate} is the
 * OIT score the states would give, when the framework has a scoring rule.
 */
public record OitBoard(long organisationId, FiscalYear fiscalYear, String websiteDomain, List<OitBoardItem> items,
                       List<DivisionReadiness> divisions, boolean mayAssign, FiscalYear frameworkYear,
                       boolean frameworkProvisional, OitMapping pendingMapping, OitEstimate estimate) {

    public OitBoard {
        items = List.copyOf(items);
        divisions = List.copyOf(divisions);
    }

    public long count(OitState state) {
        return items.stream().filter(i -> i.state() == state).count();
    }

    /** The board works on an earlier year's framework, NACC's of its own year not being loaded (yet). */
    public boolean standIn() {
        return !frameworkYear.equals(fiscalYear);
    }

    /** Its items are not confirmed: a stand-in framework, or a framework itself not confirmed against NACC's manual. */
    public boolean provisional() {
        return standIn() || frameworkProvisional;
    }

    public Optional<OitMapping> mapping() {
        return Optional.ofNullable(pendingMapping);
    }

    public Optional<OitEstimate> estimation() {
        return Optional.ofNullable(estimate);
    }

    /** The coordinator confirms mappings and carries last year's URLs over, as they assign items. */
    public boolean mayManage() {
        return mayAssign;
    }
}
