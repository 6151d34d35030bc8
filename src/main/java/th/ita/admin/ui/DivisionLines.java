package th.ita.admin.ui;

import th.ita.organisation.NewOrganisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The divisions of the onboarding form, typed one per line: {@code code, ชื่อไทย, English name} (a bar or a tab
 * separates as well; the English name may be left out). The service checks each one; this only splits.
 */
final class DivisionLines {

    private DivisionLines() {
    }

    static List<NewOrganisation.NewDivision> parse(String text) {
        List<NewOrganisation.NewDivision> divisions = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s*[,|\\t]\\s*", 3);
            divisions.add(new NewOrganisation.NewDivision(parts[0], part(parts, 1), part(parts, 2)));
        }
        return divisions;
    }

    private static String part(String[] parts, int index) {
        return parts.length > index ? parts[index] : null;
    }
}
