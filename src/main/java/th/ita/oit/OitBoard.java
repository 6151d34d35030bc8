package th.ita.oit;

import th.ita.shared.FiscalYear;

import java.util.List;

/** An organisation's OIT items of one fiscal year, in the framework's order, with readiness per division. */
public record OitBoard(long organisationId, FiscalYear fiscalYear, String websiteDomain, List<OitBoardItem> items,
                       List<DivisionReadiness> divisions, boolean mayAssign) {

    public OitBoard {
        items = List.copyOf(items);
        divisions = List.copyOf(divisions);
    }

    public long count(OitState state) {
        return items.stream().filter(i -> i.state() == state).count();
    }
}
