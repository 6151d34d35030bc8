package th.ita.workflow;

/**
 * Camunda group ids with a fixed meaning. Division groups are derived from the division code
 * ({@code div-finance}, {@code head-finance}) because divisions are data, not constants.
 */
public final class Groups {
    public static final String COORDINATOR = "ita-coordinator";
    public static final String EXECUTIVE = "executive";
    /** The engine's own administrators: every permission, every tenant (also in the Camunda webapps). */
    public static final String ADMIN = "camunda-admin";
    /** Onboards organisations and their administrators; sees every organisation's list, none of its work. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Manages the divisions and people of their own organisation. */
    public static final String ORGANISATION_ADMIN = "org-admin";
    /** Reads every organisation of their province (read-only, each read logged). */
    public static final String PROVINCE_AUDITOR = "province-auditor";
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
