package th.ita.oit;

import th.ita.assessment.Framework;
import th.ita.assessment.OitItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which item of one framework continues which item of another: how a board's answers move to the year's framework
 * when it arrives, and how last year's URLs find this year's items. Within one year's framework an item is itself
 * (same code). Across years, in this order, each earlier item going to one item at most: the item that names it in
 * {@code carriedFrom} (the framework file's explicit map), the item with the same role (the measures and their report
 * move with their role, whatever their numbers), the item with the same title (spaces aside). Same code alone means
 * nothing across years: 2569's O11 is not 2568's O11.
 */
public record OitMapping(Framework from, Framework to, List<Pair> pairs, List<OitItem> unmatched) {

    /** How a pair was found; the board shows it to the coordinator who confirms the mapping. */
    public enum Reason {
        SAME_CODE, CARRIED_FROM, ROLE, TITLE
    }

    public record Pair(OitItem from, OitItem to, Reason reason) {
    }

    public OitMapping {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    public static OitMapping between(Framework from, Framework to) {
        Map<String, Pair> byTarget = new HashMap<>();
        Set<String> used = new HashSet<>();
        if (from.fiscalYear().equals(to.fiscalYear())) {
            match(from, to, byTarget, used, Reason.SAME_CODE, (f, t) -> key(f.code()).equals(key(t.code())));
        } else {
            match(from, to, byTarget, used, Reason.CARRIED_FROM,
                    (f, t) -> t.carriedFrom() != null && key(t.carriedFrom()).equals(key(f.code())));
            match(from, to, byTarget, used, Reason.ROLE, (f, t) -> t.role() != null && t.role() == f.role());
            match(from, to, byTarget, used, Reason.TITLE, (f, t) -> title(f).equals(title(t)));
        }
        List<Pair> pairs = to.oitItems().stream().map(t -> byTarget.get(key(t.code()))).filter(p -> p != null).toList();
        List<OitItem> unmatched = from.oitItems().stream().filter(f -> !used.contains(key(f.code()))).toList();
        return new OitMapping(from, to, pairs, unmatched);
    }

    /** The target of an earlier item, if it has one. */
    public Optional<OitItem> targetOf(String fromCode) {
        return pairs.stream().filter(p -> p.from().code().equals(fromCode)).map(Pair::to).findFirst();
    }

    private interface Rule {
        boolean matches(OitItem from, OitItem to);
    }

    private static void match(Framework from, Framework to, Map<String, Pair> byTarget, Set<String> used, Reason reason,
                              Rule rule) {
        for (OitItem target : to.oitItems()) {
            if (byTarget.containsKey(key(target.code()))) {
                continue;
            }
            for (OitItem source : from.oitItems()) {
                if (!used.contains(key(source.code())) && rule.matches(source, target)) {
                    byTarget.put(key(target.code()), new Pair(source, target, reason));
                    used.add(key(source.code()));
                    break;
                }
            }
        }
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static String title(OitItem item) {
        return item.titleTh().strip().replaceAll("\\s+", " ");
    }

    /** Convenience for tests and screens: the pairs as "from → to". */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        pairs.forEach(p -> lines.add(p.from().code() + " → " + p.to().code()));
        return lines;
    }
}
