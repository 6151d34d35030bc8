package th.ita.province;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.ProvinceReadLog;
import th.ita.security.CurrentUser;

import java.util.List;

/**
 * The province page's data, for province auditors only: every organisation of their province side by side.
 * Read-only; each read is logged for the platform's administrators.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceService {

    private final ProvinceOverviewReadModel overview;
    private final ProvinceReadLog readLog;

    public ProvinceService(ProvinceOverviewReadModel overview, ProvinceReadLog readLog) {
        this.overview = overview;
        this.readLog = readLog;
    }

    /** The organisations of the auditor's province; refused to everyone else (a coordinator reads their own). */
    public List<OrganisationStanding> overview(CurrentUser user) {
        if (!user.isProvinceAuditor()) {
            throw new AccessDeniedException(user.userId() + " is not a province auditor");
        }
        readLog.record(user, null, ProvinceReadLog.PROVINCE_OVERVIEW + " " + user.province());
        return overview.of(user.province());
    }
}
