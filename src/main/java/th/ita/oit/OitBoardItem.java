package th.ita.oit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OIT item on the board: the framework's code, title and indicator, the division that answers it, its URLs and
 * explanation, its state and latest check (the failing URL's when one fails), and whether the reading user may edit it.
 */
public record OitBoardItem(String code, String title, int indicator, String divisionCode, String divisionName,
                           List<OitUrl> urls, String explanation, OitState state, LastCheck lastCheck,
                           String approvedBy, OffsetDateTime approvedAt, boolean editable) {

    public OitBoardItem {
        urls = List.copyOf(urls);
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
