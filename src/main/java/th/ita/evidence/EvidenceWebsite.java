package th.ita.evidence;

import java.util.Optional;

/**
 * The website domain evidence links of a measure must be on (the organisation's main site, where NACC
 * assessors check OIT items). Implemented where measures are tied to organisations (the plan), so evidence
 * does not depend on plans.
 */
public interface EvidenceWebsite {

    /** The domain, e.g. "bantan.go.th", or empty when the measure's organisation has none configured. */
    Optional<String> domainFor(String processInstanceId);
}
