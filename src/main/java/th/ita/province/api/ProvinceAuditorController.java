package th.ita.province.api;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import th.ita.province.NewProvinceAuditor;
import th.ita.province.ProvinceAuditors;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;

/**
 * Creates province auditors for scripts (HTTP Basic, see {@code SecurityConfig}); platform administrators only, as
 * {@link ProvinceAuditors} checks again. Bad input is a 400 problem in the caller's language.
 */
@RestController
@RequestMapping("/api/province-auditors")
@RolesAllowed(Groups.PLATFORM_ADMIN)
public class ProvinceAuditorController {

    private final ProvinceAuditors auditors;
    private final CurrentUserProvider users;

    public ProvinceAuditorController(ProvinceAuditors auditors, CurrentUserProvider users) {
        this.auditors = auditors;
        this.users = users;
    }

    /** The password is never echoed back. */
    public record CreatedJson(String id, String province) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CreatedJson create(@RequestBody NewProvinceAuditor auditor) {
        String province = auditors.create(auditor, users.require());
        return new CreatedJson(auditor.id().strip(), province);
    }
}
