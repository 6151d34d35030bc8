package th.ita.assessment;

/** An item of the OIT checklist (o1, o2, …) an agency publishes on its website, under indicator 9 or 10. */
public record OitItem(String code, String titleTh, IndicatorCode indicator) {
}
