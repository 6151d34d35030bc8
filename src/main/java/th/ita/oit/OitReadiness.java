package th.ita.oit;

import th.ita.division.Division;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The rules that turn an item's URLs and their checks into its state, and items into readiness per division. */
final class OitReadiness {

    private OitReadiness() {
    }

    /** Missing without a URL; broken when any URL fails; alive when every URL answered; entered until then. */
    static OitState state(List<OitUrl> urls) {
        if (urls.isEmpty()) {
            return OitState.MISSING;
        }
        if (urls.stream().anyMatch(u -> u.lastCheck() != null && u.lastCheck().status().isProblem())) {
            return OitState.BROKEN;
        }
        return urls.stream().allMatch(u -> u.lastCheck() != null) ? OitState.ALIVE : OitState.ENTERED;
    }

    /** The latest failing check, else the latest check; null before the first. */
    static LastCheck lastCheck(List<OitUrl> urls) {
        Comparator<LastCheck> byTime = Comparator.comparing(LastCheck::at);
        List<LastCheck> checks = urls.stream().map(OitUrl::lastCheck).filter(Objects::nonNull).toList();
        Optional<LastCheck> failing = checks.stream().filter(c -> c.status().isProblem()).max(byTime);
        return failing.or(() -> checks.stream().max(byTime)).orElse(null);
    }

    /** One line per division of the organisation, then one for the items given to no division (if any). */
    static List<DivisionReadiness> perDivision(List<OitBoardItem> items, List<Division> divisions) {
        List<DivisionReadiness> lines = new ArrayList<>();
        divisions.forEach(d -> lines.add(line(d.code(), d.nameTh(), items)));
        DivisionReadiness unassigned = line(null, null, items);
        if (unassigned.items() > 0) {
            lines.add(unassigned);
        }
        return lines;
    }

    private static DivisionReadiness line(String code, String name, List<OitBoardItem> items) {
        List<OitBoardItem> own = items.stream().filter(i -> Objects.equals(i.divisionCode(), code)).toList();
        return new DivisionReadiness(code, name, own.size(),
                (int) own.stream().filter(i -> i.state() != OitState.MISSING).count(),
                (int) own.stream().filter(i -> i.state() == OitState.ALIVE).count(),
                (int) own.stream().filter(i -> i.state() == OitState.BROKEN).count());
    }
}
