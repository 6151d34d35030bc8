package th.ita.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationService;
import th.ita.province.ProvinceAuditors;
import th.ita.security.Tenants;
import th.ita.security.Groups;

import java.util.List;

/**
 * The demo accounts of the README: one per role, all with the demo password. Created in Camunda's identity
 * tables (so the Camunda Admin webapp shows them), only when {@code ita.demo.enabled}, and only if missing.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
public class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("coordinator", "สมศรี", "คณะทำงาน ITA", List.of(Groups.COORDINATOR, "div-office")),
            new DemoUser("mayor", "สมชาย", "นายกเทศมนตรี", List.of(Groups.EXECUTIVE)),
            new DemoUser("clerk", "สมหญิง", "ปลัดเทศบาล", List.of(Groups.EXECUTIVE)),
            new DemoUser("admin", "ผู้ดูแล", "ระบบ", List.of(Groups.ADMIN, Groups.PLATFORM_ADMIN)),
            new DemoUser("office.officer", "มานะ", "สำนักปลัด", List.of("div-office")),
            new DemoUser("office.head", "มานี", "หัวหน้าสำนักปลัด", List.of("div-office", "head-office")),
            new DemoUser("finance.officer", "ปิติ", "กองคลัง", List.of("div-finance")),
            new DemoUser("finance.head", "ชูใจ", "ผู้อำนวยการกองคลัง", List.of("div-finance", "head-finance")),
            new DemoUser("works.officer", "วีระ", "กองช่าง", List.of("div-works")),
            new DemoUser("works.head", "วิไล", "ผู้อำนวยการกองช่าง", List.of("div-works", "head-works")),
            new DemoUser("education.officer", "ดวงใจ", "กองการศึกษา", List.of("div-education")),
            new DemoUser("education.head", "ประยูร", "ผู้อำนวยการกองการศึกษา",
                    List.of("div-education", "head-education")),
            new DemoUser("bantan.admin", "สมพร", "ผู้ดูแลระบบเทศบาล", List.of(Groups.ORGANISATION_ADMIN)),
            // Oversees Ban Tan's province (its province_auditor row is written below); belongs to no organisation.
            new DemoUser("auditor", "สมบัติ", "ผู้ตรวจสอบระดับจังหวัด", List.of(Groups.PROVINCE_AUDITOR)));

    private final IdentityService identityService;
    private final DemoProperties properties;
    private final DemoOrganisation demoOrganisation;
    private final OrganisationService organisations;
    private final ProvinceAuditors provinceAuditors;

    public DemoAccounts(IdentityService identityService, DemoProperties properties, DemoOrganisation demoOrganisation,
                        OrganisationService organisations, ProvinceAuditors provinceAuditors) {
        this.identityService = identityService;
        this.properties = properties;
        this.demoOrganisation = demoOrganisation;
        this.organisations = organisations;
        this.provinceAuditors = provinceAuditors;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void createMissingDemoAccounts() {
        if (!properties.enabled()) {
            return;
        }
        int created = 0;
        long organisation = demoOrganisation.id();
        String tenant = Tenants.of(organisation);
        for (DemoUser demoUser : USERS) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
                User user = identityService.newUser(demoUser.id());
                user.setFirstName(demoUser.firstName());
                user.setLastName(demoUser.lastName());
                user.setEmail(demoUser.id() + "@ita.example");
                user.setPassword(properties.password());
                saveSkippingPasswordPolicy(user);
                created++;
            }
            // Everyone but the platform's administrator and the province auditor works for the demo municipality.
            if (worksForTheMunicipality(demoUser) && identityService.createTenantQuery()
                    .userMember(demoUser.id()).tenantId(tenant).count() == 0) {
                identityService.createTenantUserMembership(tenant, demoUser.id());
            }
            for (String group : demoUser.groups()) {
                if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(group).count() == 0) {
                    identityService.createMembership(demoUser.id(), group);
                }
            }
        }
        String province = organisations.find(organisation).map(o -> o.province()).orElseThrow();
        USERS.stream().filter(u -> u.groups().contains(Groups.PROVINCE_AUDITOR))
                .forEach(u -> provinceAuditors.oversee(u.id(), province));
        log.info("Demo accounts ready ({} created, password '{}')", created, properties.password());
    }

    private static boolean worksForTheMunicipality(DemoUser user) {
        return !user.groups().contains(Groups.ADMIN) && !user.groups().contains(Groups.PROVINCE_AUDITOR);
    }

    /**
     * The demo password is short on purpose (it is printed on the login page); the policy stays on for every
     * other password. The skipping overload exists on the engine's implementation only, not on the interface.
     */
    private void saveSkippingPasswordPolicy(User user) {
        if (identityService instanceof IdentityServiceImpl engineIdentity) {
            engineIdentity.saveUser(user, true);
        } else {
            identityService.saveUser(user);
        }
    }

    public boolean active() {
        return properties.enabled();
    }

    public String password() {
        return properties.password();
    }
}
