package th.ita.support;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.organisation.NewOrganisation;
import th.ita.organisation.NewPerson;
import th.ita.organisation.OrganisationPeople;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.security.UserProfiles;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Organisations of a test's own, onboarded as a province would (the same services as {@code /api/organisations}):
 * the demo's four division codes, and one person per role, so that a test never shares its plans, tasks or
 * notifications with the demo municipality or with another test. People are {@code <prefix>.coordinator},
 * {@code <prefix>.mayor} (executive), {@code <prefix>.admin} (org-admin), {@code <prefix>.finance.officer},
 * {@code <prefix>.finance.head} and so on.
 */
@Component
public class TestOrganisations {

    public static final String PASSWORD = "Zx9-Copper-Lantern";
    public static final List<String> DIVISIONS = List.of("office", "finance", "works", "education");
    /** The demo's Thai division names, so that reports of a test's organisation read like the demo's. */
    private static final Map<String, String> DIVISION_NAMES = Map.of("office", "สำนักปลัด", "finance", "กองคลัง",
            "works", "กองช่าง", "education", "กองการศึกษา");
    public static final CurrentUser PLATFORM_ADMIN = new CurrentUser("test.platform", Set.of(Groups.PLATFORM_ADMIN), null, null);

    private final OrganisationService organisations;
    private final OrganisationPeople people;
    private final UserProfiles profiles;
    private final TransactionTemplate transaction;

    public TestOrganisations(OrganisationService organisations, OrganisationPeople people, UserProfiles profiles,
                             TransactionTemplate transaction) {
        this.organisations = organisations;
        this.people = people;
        this.profiles = profiles;
        this.transaction = transaction;
    }

    public TestOrganisation onboard() {
        return onboard("จังหวัดทดสอบ");
    }

    /** A new organisation with a unique name in the province, its divisions and its people. */
    public TestOrganisation onboard(String province) {
        return onboard("อำเภอทดสอบ", province);
    }

    /** A new organisation of that district and province (which year-end reports print). */
    public TestOrganisation onboard(String district, String province) {
        return onboard(district, province, null);
    }

    /** A new organisation with its website, on which its evidence links must be. */
    public TestOrganisation onboardWithWebsite(String websiteDomain) {
        return onboard("อำเภอทดสอบ", "จังหวัดทดสอบ", websiteDomain);
    }

    private TestOrganisation onboard(String district, String province, String websiteDomain) {
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String nameTh = "เทศบาลตำบลทดสอบ " + prefix;
        return transaction.execute(status -> {
            long id = organisations.create(new NewOrganisation(nameTh, "Test " + prefix, district, province, websiteDomain,
                    DIVISIONS.stream().map(code -> new NewOrganisation.NewDivision(code, DIVISION_NAMES.get(code), code))
                            .toList()),
                    PLATFORM_ADMIN);
            person(id, prefix + ".coordinator", "coordinator", "office");
            person(id, prefix + ".mayor", "executive", null);
            person(id, prefix + ".admin", "org-admin", null);
            for (String division : DIVISIONS) {
                person(id, prefix + "." + division + ".officer", "officer", division);
                person(id, prefix + "." + division + ".head", "head", division);
            }
            return new TestOrganisation(id, nameTh, prefix, profiles);
        });
    }

    private void person(long organisation, String id, String role, String division) {
        people.add(organisation, new NewPerson(id, "ทดสอบ", role, id + "@ita.example", PASSWORD, role, division,
                position(role, division)), PLATFORM_ADMIN);
    }

    /** A position title as the application shows it after the name: "ทดสอบ head (ผู้อำนวยการกองคลัง)". */
    public static String position(String role, String division) {
        String divisionName = division == null ? "" : DIVISION_NAMES.get(division);
        return switch (role) {
            case "executive" -> "นายกเทศมนตรี";
            case "head" -> "ผู้อำนวยการ" + divisionName;
            case "officer" -> "เจ้าหน้าที่" + divisionName;
            case "coordinator" -> "นักวิเคราะห์นโยบายและแผน";
            default -> "นักวิชาการคอมพิวเตอร์";
        };
    }

    /** An onboarded organisation: its id, name, and its people as signed in. */
    public record TestOrganisation(long id, String nameTh, String prefix, UserProfiles profiles) {

        /** {@code user("coordinator")}, {@code user("mayor")}, {@code user("finance.officer")}… */
        public CurrentUser user(String role) {
            return profiles.of(userId(role));
        }

        public String userId(String role) {
            return prefix + "." + role;
        }
    }
}
