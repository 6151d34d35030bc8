package th.ita.assessment;

/** A grade and the lowest score that earns it in one fiscal year's framework. */
public record GradeBand(Grade grade, Score minScore) {
}
