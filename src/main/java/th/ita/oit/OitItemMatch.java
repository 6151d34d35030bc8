package th.ita.oit;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which OIT item a measure's evidence link answers, read from its address: municipal websites publish their ITA
 * pages under paths such as {@code /oit/o36}, {@code /ita/2566/o12.pdf} or {@code ?item=o5}. A token {@code o<n>}
 * standing alone in the path or query (not inside a word like "photo1") names item o&lt;n&gt;, if the year's
 * framework has it. A link naming no item, or several, answers none: the division then picks the item on the board.
 */
final class OitItemMatch {

    private static final Pattern TOKEN = Pattern.compile("(?<![a-z0-9])o(\\d{1,2})(?![0-9a-z])");

    private OitItemMatch() {
    }

    static Optional<String> itemOf(String url, Collection<String> codes) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.empty();
        }
        String where = ((uri.getRawPath() == null ? "" : uri.getRawPath()) + "?"
                + (uri.getRawQuery() == null ? "" : uri.getRawQuery())).toLowerCase(Locale.ROOT);
        // Years spell their codes differently (o12 in 2566, O12 in 2568): the framework's own spelling is returned.
        java.util.Map<String, String> byLowerCase = new java.util.HashMap<>();
        codes.forEach(c -> byLowerCase.putIfAbsent(c.toLowerCase(Locale.ROOT), c));
        Matcher matcher = TOKEN.matcher(where);
        String found = null;
        while (matcher.find()) {
            String code = byLowerCase.get("o" + Integer.parseInt(matcher.group(1)));
            if (code == null) {
                continue;
            }
            if (found != null && !found.equals(code)) {
                return Optional.empty();
            }
            found = code;
        }
        return Optional.ofNullable(found);
    }
}
