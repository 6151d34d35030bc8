package th.ita.oit;

import th.ita.shared.FiscalYear;

import java.util.List;

/** A confirmed mapping: how many answers moved from the stand-in framework's items, and which answered items had no counterpart. */
public record OitMove(FiscalYear fromFrameworkYear, int moved, List<String> dropped) {

    public OitMove {
        dropped = List.copyOf(dropped);
    }
}
