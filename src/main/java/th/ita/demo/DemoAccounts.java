package th.ita.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.workflow.EngineIdentity;
import th.ita.organisation.OrganisationService;
import th.ita.people.People;
import th.ita.province.ProvinceAuditors;
import th.ita.workflow.Tenants;
import th.ita.workflow.Groups;

import java.util.List;

/**
 * The demo accounts of the README: one per role, all with the demo password. Created in Camunda's identity
 * tables (so the Camunda Admin webapp shows them), only when {@code ita.demo.enabled}, and only if missing.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
public class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoUser(String id, String firstName, String lastName, String position, List<String> groups) {
    }

    // Invented people with the position titles a subdistrict municipality's staff really hold.
    static final List<DemoUser> USERS = List.of(
            new DemoUser("coordinator", "นางสาวสมศรี", "ใจซื่อ", "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                    List.of(Groups.COORDINATOR, "div-office")),
            new DemoUser("mayor", "นายสมชาย", "รักษ์บ้านตาล", "นายกเทศมนตรีตำบลบ้านตาล", List.of(Groups.EXECUTIVE)),
            new DemoUser("clerk", "นางสมหญิง", "ตั้งมั่น", "ปลัดเทศบาลตำบลบ้านตาล", List.of(Groups.EXECUTIVE)),
            new DemoUser("admin", "นายอดิศร", "ดูแลดี", "นักวิชาการคอมพิวเตอร์ชำนาญการ (ผู้ดูแลระบบ)",
                    List.of(Groups.ADMIN, Groups.PLATFORM_ADMIN)),
            new DemoUser("office.officer", "นายมานะ", "ขยันยิ่ง", "นักจัดการงานทั่วไปปฏิบัติการ", List.of("div-office")),
            new DemoUser("office.head", "นางมานี", "มีทรัพย์", "หัวหน้าสำนักปลัดเทศบาล", List.of("div-office", "head-office")),
            new DemoUser("finance.officer", "นายปิติ", "พอใจ", "นักวิชาการเงินและบัญชีปฏิบัติการ", List.of("div-finance")),
            new DemoUser("finance.head", "นางชูใจ", "ศรีสุข", "ผู้อำนวยการกองคลัง", List.of("div-finance", "head-finance")),
            new DemoUser("works.officer", "นายวีระ", "กล้าหาญ", "นายช่างโยธาชำนาญงาน", List.of("div-works")),
            new DemoUser("works.head", "นางวิไล", "ช่างคิด", "ผู้อำนวยการกองช่าง", List.of("div-works", "head-works")),
            new DemoUser("education.officer", "นางสาวดวงใจ", "ใฝ่รู้", "นักวิชาการศึกษาปฏิบัติการ",
                    List.of("div-education")),
            new DemoUser("education.head", "นายประยูร", "สอนดี", "ผู้อำนวยการกองการศึกษา",
                    List.of("div-education", "head-education")),
            new DemoUser("bantan.admin", "นายสมพร", "รอบรู้", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
                    List.of(Groups.ORGANISATION_ADMIN)),
            // Oversees Ban Tan's province (its province_auditor row is written below); belongs to no organisation.
            new DemoUser("auditor", "นายสมบัติ", "เที่ยงธรรม", "นักวิชาการตรวจสอบภายในชำนาญการ (สถ.จ.)",
                    List.of(Groups.PROVINCE_AUDITOR)));

    private final IdentityService identityService;
    private final DemoProperties properties;
    private final DemoOrganisation demoOrganisation;
    private final OrganisationService organisations;
    private final ProvinceAuditors provinceAuditors;
    private final People people;

    public DemoAccounts(IdentityService identityService, DemoProperties properties, DemoOrganisation demoOrganisation,
                        OrganisationService organisations, ProvinceAuditors provinceAuditors, People people) {
        this.people = people;
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
            if (people.position(demoUser.id()).isEmpty()) {
                people.setPosition(demoUser.id(), demoUser.position());
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

    /** The demo password is short on purpose (it is printed on the login page); the policy stays on for every other. */
    private void saveSkippingPasswordPolicy(User user) {
        EngineIdentity.saveSkippingPasswordPolicy(identityService, user);
    }

    public boolean active() {
        return properties.enabled();
    }

    public String password() {
        return properties.password();
    }
}
