package th.ita.oit;

import th.ita.shared.FiscalYear;

/** Last year's URLs carried over: into how many empty items, and how many matching items kept their own URLs. */
public record OitCarryOver(FiscalYear from, int copied, int kept) {
}
