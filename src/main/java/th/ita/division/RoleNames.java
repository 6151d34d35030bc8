package th.ita.division;

import th.ita.workflow.Groups;

import java.util.function.Function;

/**
 * A group as people say it: "หัวหน้ากองคลัง", "ผู้ประสานงาน ITA", never {@code head-finance} or {@code ita-coordinator}.
 * Used by screens (Vaadin's translation) and documents (the report's texts) alike, hence the {@link Texts} seam.
 */
public final class RoleNames {

    /** The caller's translation: a message key and its arguments to text. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    private RoleNames() {
    }

    /**
     * @param divisionName a division's name by its code (the organisation's divisions); the code itself if unknown
     */
    public static String of(String group, Function<String, String> divisionName, Texts texts) {
        if (group == null || group.isBlank()) {
            return "";
        }
        if (group.startsWith(Groups.HEAD_PREFIX)) {
            return texts.get("role.head", divisionName.apply(group.substring(Groups.HEAD_PREFIX.length())));
        }
        if (group.startsWith(Groups.DIVISION_PREFIX)) {
            return texts.get("role.division", divisionName.apply(group.substring(Groups.DIVISION_PREFIX.length())));
        }
        return switch (group) {
            case Groups.COORDINATOR -> texts.get("role.coordinator");
            case Groups.EXECUTIVE -> texts.get("role.executive");
            case Groups.ORGANISATION_ADMIN -> texts.get("role.orgAdmin");
            case Groups.PLATFORM_ADMIN, Groups.ADMIN -> texts.get("role.platformAdmin");
            case Groups.PROVINCE_AUDITOR -> texts.get("role.provinceAuditor");
            default -> group;
        };
    }
}
