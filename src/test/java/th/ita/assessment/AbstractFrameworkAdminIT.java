package th.ita.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading and correcting a year's framework through the service of the screen and the API, on a real database:
 * versions, what was recorded keeping its version, nothing saved from a bad file, the jar's files only a first load.
 * Subclasses choose the database; the tests use the years 2554–2557 only.
 */
abstract class AbstractFrameworkAdminIT {

    static final int YEAR = 2555;
    static final FiscalYear FY = FiscalYear.of(YEAR);

    @Autowired FrameworkAdmin admin;
    @Autowired FrameworkService frameworks;
    @Autowired FrameworkLoader loader;
    @Autowired FrameworkRepository repository;
    @Autowired AssessmentService assessments;
    @Autowired TestOrganisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    final CurrentUser platformAdmin = TestOrganisations.PLATFORM_ADMIN;

    @BeforeEach
    @AfterEach
    void noFrameworksOfTheTestYears() {
        FrameworkFixtures.remove(context, 2554, 2555, 2556, 2557);
    }

    @Test
    void aNewYear_isVersion1_listed_andReadFromItsStoredFile() {
        FrameworkCheck saved = admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);

        assertThat(saved.outcome()).isEqualTo(FrameworkCheck.Outcome.FIRST);
        assertThat(frameworks.list()).contains(new FrameworkSummary(YEAR, 1, true, 10, 43)); // a copy of 2566, provisional in its file
        assertThat(frameworks.require(FY).oitItems()).hasSize(43);
        assertThat(frameworks.source(FY)).contains(FrameworkFixtures.yaml(YEAR));
        assertThat(frameworks.json(FY).orElseThrow().get("oitItems").get(42).get("code").asText()).isEqualTo("o43");
        assertThat(rows("ita_oit_item")).isEqualTo(43);
        assertThat(jdbc.sql("select saved_by from ita_framework_version where fiscal_year = ?").param(YEAR)
                .query(String.class).single()).isEqualTo(platformAdmin.userId());
    }

    @Test
    void anUnusedFramework_isReplacedInPlace() {
        admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);

        FrameworkCheck corrected = admin.save(FY, withoutO43(), platformAdmin);

        assertThat(corrected.outcome()).isEqualTo(FrameworkCheck.Outcome.REPLACED);
        assertThat(corrected.version()).isEqualTo(1);
        assertThat(frameworks.require(FY).oitItems()).hasSize(42);
        assertThat(rows("ita_oit_item")).isEqualTo(42);
        assertThat(rows("ita_framework_version")).isEqualTo(1);
    }

    @Test
    void aFrameworkUsedByAResult_isCorrectedAsANewVersion_andTheResultKeepsItsVersion() {
        admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);
        TestOrganisation organisation = organisations.onboard();
        SavedAssessment result = assessments.save(organisation.id(), FY,
                Results.parse("90.00", null, Map.of(1, "91.00")), organisation.user("coordinator"));
        assertThat(recordedVersion(result.assessmentId())).isEqualTo(1);
        assertThat(admin.check(FY, withoutO43(), platformAdmin).outcome()).isEqualTo(FrameworkCheck.Outcome.NEW_VERSION);

        FrameworkCheck corrected = admin.save(FY, withoutO43(), platformAdmin);

        assertThat(corrected.outcome()).isEqualTo(FrameworkCheck.Outcome.NEW_VERSION);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(frameworks.version(FY)).isEqualTo(2);
        assertThat(frameworks.require(FY).oitItems()).hasSize(42);
        assertThat(recordedVersion(result.assessmentId())).isEqualTo(1);
        assertThat(frameworks.find(FY, 1).orElseThrow().oitItems()).hasSize(43);
        assertThat(frameworks.find(FY, 2).orElseThrow().oitItems()).hasSize(42);
        assertThat(frameworks.find(FY, 3)).isEmpty();
        assertThat(rows("ita_framework_version")).isEqualTo(2);
    }

    @Test
    void aResult_staysJudgedByTheVersionItWasRecordedUnder() {
        admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);
        TestOrganisation before = organisations.onboard();
        long recordedBefore = assessments.save(before.id(), FY, Results.parse("90.00", null, Map.of(1, "91.00")),
                before.user("coordinator")).assessmentId();

        admin.save(FY, FrameworkFixtures.yaml(YEAR).replace("passMark: 85", "passMark: 95"), platformAdmin);
        TestOrganisation after = organisations.onboard();
        long recordedAfter = assessments.save(after.id(), FY, Results.parse("90.00", null, Map.of(1, "91.00")),
                after.user("coordinator")).assessmentId();

        assertThat(assessments.find(recordedBefore).orElseThrow().failing()).isEmpty();
        assertThat(assessments.find(recordedAfter).orElseThrow().failing()).extracting(r -> r.code().value())
                .containsExactly(1);
        assertThat(recordedVersion(recordedAfter)).isEqualTo(2);
    }

    @Test
    void aFrameworkUsedByAnOitBoard_orAPlan_isNotChangedInPlace() {
        admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);
        TestOrganisation organisation = organisations.onboard();
        jdbc.sql("insert into oit_item (organisation_id, fiscal_year, code, framework_version) values (?, ?, 'o1', 1)")
                .params(organisation.id(), YEAR).update();

        assertThat(admin.save(FY, withoutO43(), platformAdmin).outcome()).isEqualTo(FrameworkCheck.Outcome.NEW_VERSION);
        // The board's items were opened under version 1 and stay so; version 2 is used by nothing yet.
        assertThat(jdbc.sql("select framework_version from oit_item where fiscal_year = ?").param(YEAR)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin).outcome())
                .isEqualTo(FrameworkCheck.Outcome.REPLACED);

        jdbc.sql("insert into improvement_plan (organisation_id, fiscal_year, status, created_by, created_at, "
                        + "framework_year, framework_version) values (?, ?, 'DRAFT', 'test', ?, ?, 2)")
                .params(organisation.id(), YEAR + 1, OffsetDateTime.now(), YEAR).update();
        try {
            assertThat(admin.save(FY, withoutO43(), platformAdmin).outcome())
                    .isEqualTo(FrameworkCheck.Outcome.NEW_VERSION);
        } finally {
            jdbc.sql("delete from improvement_plan where framework_year = ?").param(YEAR).update();
        }
    }

    /** "Node B": the same classes on the same database, with a cache of their own, as a second node has. */
    @Test
    void aSaveThroughOneNode_isSeenByAnother_withinItsRecheck() throws InterruptedException {
        admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);
        FrameworkStamps otherStamps = new FrameworkStamps(new FrameworkStampRepository(jdbc), Duration.ofMillis(200));
        FrameworkRepository otherNode = new FrameworkRepository(jdbc, otherStamps);
        assertThat(otherNode.find(FY).orElseThrow().oitItems()).hasSize(43);

        admin.save(FY, withoutO43(), platformAdmin);

        assertThat(otherNode.find(FY).orElseThrow().oitItems()).as("cached until the stamps are read again").hasSize(43);
        otherStamps.startWatching();
        try {
            Instant until = Instant.now().plusSeconds(10);
            while (otherNode.find(FY).orElseThrow().oitItems().size() != 42 && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertThat(otherNode.find(FY).orElseThrow().oitItems()).hasSize(42);
        } finally {
            otherStamps.stopWatching();
        }
    }

    @Test
    void aBadFile_savesNothing() {
        admin.save(FY, FrameworkFixtures.yaml(YEAR), platformAdmin);
        String bad = FrameworkFixtures.yaml(YEAR).replace("{code: o5, indicator: 9", "{code: o4, indicator: 9");

        assertThatThrownBy(() -> admin.save(FY, bad, platformAdmin)).isInstanceOf(InvalidFrameworkException.class)
                .satisfies(e -> assertThat(((InvalidFrameworkException) e).problems()).extracting(FrameworkProblem::path)
                        .containsExactly("oitItems[4].code"));
        assertThat(frameworks.source(FY)).contains(FrameworkFixtures.yaml(YEAR));
        assertThat(jdbc.sql("select stamp from ita_framework where fiscal_year = ?").param(YEAR).query(Long.class)
                .single()).isEqualTo(1L);
        assertThatThrownBy(() -> admin.save(FiscalYear.of(2556), bad.replace("fiscalYear: " + YEAR, "fiscalYear: 2556"),
                platformAdmin)).isInstanceOf(InvalidFrameworkException.class);
        assertThat(frameworks.find(FiscalYear.of(2556))).isEmpty();
    }

    @Test
    void onlyAPlatformAdministrator_checksOrSaves() {
        CurrentUser coordinator = organisations.onboard().user("coordinator");

        assertThatThrownBy(() -> admin.save(FY, FrameworkFixtures.yaml(YEAR), coordinator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.check(FY, FrameworkFixtures.yaml(YEAR), coordinator))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(frameworks.find(FY)).isEmpty();
    }

    @Test
    void theCheck_comparesWithThePreviousStoredYear() {
        admin.save(FiscalYear.of(2554), FrameworkFixtures.yaml(2554), platformAdmin);

        FrameworkCheck check = admin.check(FY, withoutO43(), platformAdmin);

        assertThat(check.comparedWith()).isEqualTo(FiscalYear.of(2554));
        assertThat(check.diff().removed()).extracting(OitItem::code).containsExactly("o43");
        assertThat(check.outcome()).isEqualTo(FrameworkCheck.Outcome.FIRST);
        assertThat(frameworks.find(FY)).isEmpty();
    }

    @Test
    void theJarsFiles_areOnlyAFirstLoad() {
        admin.save(FY, withoutO43(), platformAdmin);

        loader.load(List.of(FrameworkFixtures.shipped(YEAR), FrameworkFixtures.shipped(2556)));

        assertThat(frameworks.require(FY).oitItems()).hasSize(42);
        assertThat(frameworks.source(FiscalYear.of(2556))).contains(FrameworkFixtures.yaml(2556));
        assertThat(frameworks.version(FiscalYear.of(2556))).isEqualTo(1);
    }

    @Test
    void aYearLoadedBeforeVersionsWereKept_getsItsFileAsVersion1() {
        Framework legacy = FrameworkFixtures.shipped(2557).framework();
        jdbc.sql("insert into ita_framework (fiscal_year, pass_mark) values (?, ?)").params(2557, 85).update();
        repository.upsert(legacy);
        FrameworkFixtures.remove(context); // forget the stamps only
        assertThat(frameworks.require(FiscalYear.of(2557)).oitItems()).hasSize(43);
        assertThat(frameworks.source(FiscalYear.of(2557))).isEmpty();

        loader.load(List.of(FrameworkFixtures.shipped(2557)));

        assertThat(frameworks.source(FiscalYear.of(2557))).contains(FrameworkFixtures.yaml(2557));
        assertThat(frameworks.version(FiscalYear.of(2557))).isEqualTo(1);
    }

    private String withoutO43() {
        return FrameworkFixtures.yaml(YEAR).lines().filter(line -> !line.contains("{code: o43,"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where fiscal_year = ?").param(YEAR).query(Integer.class).single();
    }

    private int recordedVersion(long assessmentId) {
        return jdbc.sql("select framework_version from assessment where id = ?").param(assessmentId)
                .query(Integer.class).single();
    }
}
