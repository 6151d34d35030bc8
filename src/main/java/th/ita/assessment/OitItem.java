package th.ita.assessment;

import java.math.BigDecimal;

/**
 * An item of the OIT checklist (o1, o2, …) an agency publishes on its website, under an OIT indicator; {@code role}
 * is null for every item but those that carry this application's output. {@code carriedFrom} names the item of the
 * previous framework this one continues when its title changed (null: matched by title or role); {@code points} is
 * the item's own weight in the OIT estimate (null: the framework's {@link OitScoring#itemPoints()}).
 */
public record OitItem(String code, String titleTh, IndicatorCode indicator, OitRole role, String carriedFrom,
                      BigDecimal points) {

    public OitItem(String code, String titleTh, IndicatorCode indicator) {
        this(code, titleTh, indicator, null);
    }

    public OitItem(String code, String titleTh, IndicatorCode indicator, OitRole role) {
        this(code, titleTh, indicator, role, null, null);
    }
}
