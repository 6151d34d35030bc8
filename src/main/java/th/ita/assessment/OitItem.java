package th.ita.assessment;

/**
 * An item of the OIT checklist (o1, o2, …) an agency publishes on its website, under an OIT indicator; {@code role}
 * is null for every item but those that carry this application's output.
 */
public record OitItem(String code, String titleTh, IndicatorCode indicator, OitRole role) {

    public OitItem(String code, String titleTh, IndicatorCode indicator) {
        this(code, titleTh, indicator, null);
    }
}
