package th.ita.assessment;

/**
 * What an OIT item carries of this application's own output, so that code follows the year's numbering
 * (o42/o43 in one year, O27/O28 in another) instead of naming an item.
 */
public enum OitRole {
    /** The internal integrity and transparency measures: the improvement plan itself. */
    MEASURES,
    /** The report on those measures: the plan's year-end report. */
    MEASURES_REPORT
}
