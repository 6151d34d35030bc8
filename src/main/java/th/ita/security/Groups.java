package th.ita.security;

/**
 * Camunda group ids with a fixed meaning. Division groups are derived from the division code
 * ({@code div-finance}, {@code head-finance}) because divisions are data, not constants.
 */
public final class Groups {
    public static final String COORDINATOR = "ita-coordinator";
    public static final String EXECUTIVE = "executive";
    public static final String ADMIN = "camunda-admin";
    public static final String DIVISION_PREFIX = "div-";
    public static final String HEAD_PREFIX = "head-";

    private Groups() {
    }

    public static String divisionGroup(String divisionCode) {
        return DIVISION_PREFIX + divisionCode;
    }

    public static String headGroup(String divisionCode) {
        return HEAD_PREFIX + divisionCode;
    }
}
