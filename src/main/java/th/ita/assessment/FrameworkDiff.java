package th.ita.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a framework changes in the OIT items against another one (the previous year's): items added, removed,
 * renamed (same code, another title) and moved to another indicator. Items are matched by code without case, as
 * {@link FrameworkValidator} compares them.
 */
public record FrameworkDiff(List<OitItem> added, List<OitItem> removed, List<Renamed> renamed, List<Moved> moved) {

    public record Renamed(String code, String oldTitle, String newTitle) {
    }

    public record Moved(String code, String titleTh, IndicatorCode from, IndicatorCode to) {
    }

    public FrameworkDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        moved = List.copyOf(moved);
    }

    public static FrameworkDiff between(Framework previous, Framework next) {
        Map<String, OitItem> before = byCode(previous.oitItems());
        Map<String, OitItem> after = byCode(next.oitItems());
        List<OitItem> added = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<OitItem> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<Renamed> renamed = after.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                .filter(e -> !before.get(e.getKey()).titleTh().strip().equals(e.getValue().titleTh().strip()))
                .map(e -> new Renamed(e.getValue().code(), before.get(e.getKey()).titleTh(), e.getValue().titleTh()))
                .toList();
        List<Moved> moved = after.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                .filter(e -> !before.get(e.getKey()).indicator().equals(e.getValue().indicator()))
                .map(e -> new Moved(e.getValue().code(), e.getValue().titleTh(), before.get(e.getKey()).indicator(),
                        e.getValue().indicator()))
                .toList();
        return new FrameworkDiff(added, removed, renamed, moved);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && moved.isEmpty();
    }

    private static Map<String, OitItem> byCode(List<OitItem> items) {
        Map<String, OitItem> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(item.code().strip().toLowerCase(Locale.ROOT), item));
        return map;
    }
}
