package th.ita.assessment;

/** One indicator of an assessment: its score (null = unknown) judged against the year's pass mark. */
public record IndicatorResult(Indicator indicator, Score score, Status status) {

    public enum Status { PASSED, FAILING, UNKNOWN }

    static IndicatorResult judge(Indicator indicator, Score score, Framework framework) {
        Status status = score == null ? Status.UNKNOWN : framework.fails(score) ? Status.FAILING : Status.PASSED;
        return new IndicatorResult(indicator, score, status);
    }

    public IndicatorCode code() {
        return indicator.code();
    }

    public boolean failing() {
        return status == Status.FAILING;
    }

    /** true, false, or null when the score is unknown (the JSON API's {@code passed}). */
    public Boolean passed() {
        return status == Status.UNKNOWN ? null : status == Status.PASSED;
    }
}
