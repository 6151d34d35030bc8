package th.ita.assessment;

/** One stored framework in the list of {@code GET /api/frameworks} and of the administrator's screen. */
public record FrameworkSummary(int fiscalYear, int version, boolean provisional, int indicators, int oitItems) {
}
