package th.ita.plan;

/**
 * What the plan process asks of the year-end report: generate a new version at year end, and keep the version
 * the executive signs. Implemented by the report capability, which reads the plan (so the plan does not depend
 * on it).
 */
public interface YearEndReports {

    void generate(long planId, String generatedBy);

    void signOff(long planId, String signedBy);
}
