package th.ita.line;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An organisation's LINE Official Account as people find it: its basic id ({@code @xxxx}) and the link that opens
 * LINE's add-friend screen for it (LINE's "https://line.me/R/ti/p/" + the id, the {@code @} encoded).
 */
public record OfficialAccount(String basicId) {

    public String addFriendUrl() {
        return "https://line.me/R/ti/p/" + URLEncoder.encode(basicId, StandardCharsets.UTF_8);
    }
}
