package th.ita.oit;

import th.ita.assessment.OitRole;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OIT item on the board: the framework's code, title and indicator, the division that answers it, its URLs and
 * explanation, its state and latest check (the failing URL's when one fails), whether the reading user may edit it, and
 * the role the year's framework gives it (the item that carries the improvement measures or their report; usually none).
 */
public record OitBoardItem(String code, String title, int indicator, String divisionCode, String divisionName,
                           List<OitUrl> urls, String explanation, OitState state, LastCheck lastCheck,
                           String approvedBy, OffsetDateTime approvedAt, boolean editable, OitRole role) {

    public OitBoardItem {
        urls = List.copyOf(urls);
    }

    /** The title, and for the item that carries this application's plan or report, a note saying so (by role, not by code). */
    public String titleWithRole(java.util.function.Function<String, String> translate) {
        return role == null ? title : title + " — " + translate.apply("oit.role." + role.name());
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
