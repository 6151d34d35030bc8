package th.ita.province.ui;

import th.ita.province.OrganisationStanding;

import java.util.Optional;

/**
 * Where the province page sends an auditor for one organisation: the pages of that organisation's work, by path
 * (naming their classes would tie this feature to all of them), each carrying the ids the page needs to show that
 * organisation and its latest plan rather than the reader's own (an auditor has none).
 */
final class ProvinceLinks {

    private ProvinceLinks() {
    }

    static String dashboard(OrganisationStanding row) {
        return "dashboard?organisation=" + row.organisationId() + planParameter(row);
    }

    static Optional<String> plan(OrganisationStanding row) {
        return planId(row).map(plan -> "plans?organisation=" + row.organisationId() + "&plan=" + plan);
    }

    static Optional<String> audit(OrganisationStanding row) {
        return planId(row).map(plan -> "plans/" + plan + "/audit");
    }

    static Optional<String> report(OrganisationStanding row) {
        return planId(row).map(plan -> "plans/" + plan + "/report");
    }

    private static String planParameter(OrganisationStanding row) {
        return planId(row).map(plan -> "&plan=" + plan).orElse("");
    }

    private static Optional<Long> planId(OrganisationStanding row) {
        return Optional.ofNullable(row.planId());
    }
}
