package th.ita.dashboard;

import th.ita.division.Division;

/** A division's parts of the plan's measures, and how many of them its head has accepted (or are done). */
public record DivisionProgress(Division division, Progress parts) {
}
