package th.ita.assessment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import th.ita.demo.DemoAssessmentLoader;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestUsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ITA results through the service the screens and the API use, on a real database. Subclasses choose the
 * database (H2, PostgreSQL); the tests are the same, and each works on an organisation of its own.
 */
abstract class AbstractAssessmentIT {

    static final FiscalYear FY_2565 = FiscalYear.of(2565);
    static final FiscalYear FY_2566 = FiscalYear.of(2566);

    @Autowired AssessmentService service;
    @Autowired OrganisationService organisations;
    @Autowired FrameworkService frameworks;
    @Autowired FrameworkLoader frameworkLoader;
    @Autowired DemoAssessmentLoader demoLoader;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    CurrentUser coordinator;
    long organisationId;

    @Autowired TestOrganisations testOrganisations;

    /** An organisation of the test's own, recorded by its own coordinator (one records only their own results). */
    @BeforeEach
    void newOrganisation() {
        TestOrganisation organisation = testOrganisations.onboard();
        coordinator = organisation.user("coordinator");
        organisationId = organisation.id();
    }

    @Test
    void demoBanTan2565_isGradeA_failsIndicators2_4_10_andLeavesTheOtherSevenUnknown() {
        long banTan = organisations.find("เทศบาลตำบลบ้านตาล", "ฮอด", "เชียงใหม่").orElseThrow().id();
        Assessment result = service.find(banTan, FY_2565).orElseThrow();

        assertThat(result.overallScore()).isEqualTo(Score.of("85.62"));
        assertThat(result.rating().code()).isEqualTo("A");
        assertThat(result.rating().nameTh()).isEqualTo("A");
        assertThat(result.ratingDisagreesWithRule()).isFalse();
        assertThat(result.failing()).extracting(r -> r.code().value(), r -> r.score().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "83.09"),
                        org.assertj.core.groups.Tuple.tuple(4, "81.13"), org.assertj.core.groups.Tuple.tuple(10, "68.75"));
        assertThat(result.unknown()).extracting(r -> r.code().value()).containsExactly(1, 3, 5, 6, 7, 8, 9);
        assertThat(service.failingIndicators(result.id())).hasSize(3);
    }

    @Test
    void startupLoaders_runTwice_changeNothing() {
        long banTan = organisations.find("เทศบาลตำบลบ้านตาล", "ฮอด", "เชียงใหม่").orElseThrow().id();
        frameworkLoader.loadFrameworks();
        demoLoader.loadDemoResults();

        Framework framework = frameworks.require(FY_2566);
        assertThat(framework.indicators()).hasSize(10);
        assertThat(framework.oitItems()).hasSize(43);
        assertThat(framework.ratingRule().kind()).isEqualTo(RatingRule.Kind.LEVELS);
        assertThat(framework.ratingRule().levels()).hasSize(5);
        assertThat(frameworks.require(FY_2565).ratingRule().levels()).hasSize(7);
        assertThat(framework.itemWithRole(OitRole.MEASURES_REPORT)).map(OitItem::code).contains("o43");
        // Read back from the tables as the file has it: the rule's instrument minimums, the flags and sources.
        Framework fy2568 = frameworks.require(FiscalYear.of(2568));
        assertThat(fy2568.provisional()).isTrue();
        assertThat(fy2568.sources()).isEqualTo(FrameworkFilesTest.year(2568).sources());
        assertThat(fy2568.ratingRule()).isEqualTo(FrameworkFilesTest.year(2568).ratingRule());
        assertThat(fy2568.rate(Score.of("94.64"), RatingRuleTest.instruments("93", "84", "99"))).map(Rating::code).contains("PASS");
        assertThat(fy2568.itemWithRole(OitRole.MEASURES)).map(OitItem::code).contains("O27");
        assertThat(jdbc.sql("select count(*) from assessment where organisation_id = ?").param(banTan)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void formInput_createsThenReplaces_keepingTheId() {
        SavedAssessment first = service.save(organisationId, FY_2565,
                Results.parse("๘๐.๐๐", "B", Map.of(1, "๙๐", 2, "70.5", 3, "")), coordinator);
        SavedAssessment second = service.save(organisationId, FY_2565,
                Results.parse("90", "A", Map.of(1, "91")), coordinator);

        assertThat(second.assessmentId()).isEqualTo(first.assessmentId());
        Assessment result = service.find(first.assessmentId()).orElseThrow();
        assertThat(result.overallScore()).isEqualTo(Score.of("90"));
        assertThat(result.indicators()).hasSize(10);
        assertThat(result.failing()).isEmpty();
        assertThat(result.unknown()).hasSize(9);
    }

    @Test
    void overallScoreOutsideTheGradesBand_isSavedWithAWarning() {
        SavedAssessment saved = service.save(organisationId, FY_2565, Results.parse("84.99", "A", Map.of()), coordinator);

        assertThat(saved.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("assessment.warning.gradeMismatch");
            assertThat(w.arguments()).containsExactly("A", "84.99", "B");
        });
        Assessment result = service.find(saved.assessmentId()).orElseThrow();
        assertThat(result.rating().code()).isEqualTo("A");
        assertThat(result.ratingByRule().code()).isEqualTo("B");
    }

    @Test
    void goodCsv_isImported() throws IOException {
        SavedAssessment saved = service.importFile(organisationId, FY_2565, "ban-tan-2565.csv",
                ResultFileReaderTest.sample(), coordinator);

        Assessment result = service.find(saved.assessmentId()).orElseThrow();
        assertThat(saved.warnings()).isEmpty();
        assertThat(result.rating().code()).isEqualTo("A");
        assertThat(result.failing()).extracting(r -> r.code().value()).containsExactly(2, 4, 10);
    }

    @Test
    void goodXlsx_isImported() throws IOException {
        byte[] xlsx = ResultFileReaderTest.xlsx(new Object[][]{{"grade", "ผ่านดีเยี่ยม"}, {"overall", 96.5},
                {"indicator", "score"}, {1.0, 97.25}, {9.0, 100.0}, {10.0, 84.99}});
        SavedAssessment saved = service.importFile(organisationId, FY_2566, "ita-2566.xlsx", xlsx, coordinator);

        Assessment result = service.find(saved.assessmentId()).orElseThrow();
        assertThat(result.overallScore()).isEqualTo(Score.of("96.50"));
        assertThat(result.rating().code()).isEqualTo("EXCELLENT");
        assertThat(result.failing()).extracting(r -> r.code().value()).containsExactly(10);
    }

    @Test
    void badFile_savesNothing_andKeepsEarlierResults() throws IOException {
        service.importFile(organisationId, FY_2565, "ban-tan-2565.csv", ResultFileReaderTest.sample(), coordinator);
        // Two good rows before the bad one: they must not be saved either.
        byte[] bad = "overall,99\nindicator,score\n1,99\n2,99\n3,101\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.importFile(organisationId, FY_2565, "bad.csv", bad, coordinator))
                .isInstanceOfSatisfying(AssessmentImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "assessment.error.scoreRange")));
        assertThatThrownBy(() -> service.importFile(organisationId, FY_2566, "bad.csv", bad, coordinator))
                .isInstanceOf(AssessmentImportException.class);

        Assessment kept = service.find(organisationId, FY_2565).orElseThrow();
        assertThat(kept.overallScore()).isEqualTo(Score.of("85.62"));
        assertThat(kept.indicators()).filteredOn(r -> r.code().value() == 1).singleElement()
                .satisfies(r -> assertThat(r.score()).isNull());
        assertThat(service.find(organisationId, FY_2566)).isEmpty();
    }

    @Test
    void instrumentScores_areStoredAsPublished_andTheYearsRuleRatesByThem() {
        SavedAssessment saved = service.save(organisationId, FY_2566, new Results(Score.of("94.64"), null,
                RatingRuleTest.instruments("92.10", "84.00", "99.00"), Map.of()), coordinator);

        Assessment result = service.find(saved.assessmentId()).orElseThrow();
        // 94.64 overall, but an EIT under 85: ผ่าน, not ผ่านดี.
        assertThat(result.rating()).isEqualTo(new Rating("PASS", "ผ่าน", "Pass"));
        assertThat(result.instrumentScores()).extracting(InstrumentScore::code, s -> s.score().toString(), InstrumentScore::computed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("IIT", "92.10", false),
                        org.assertj.core.groups.Tuple.tuple("EIT", "84.00", false),
                        org.assertj.core.groups.Tuple.tuple("OIT", "99.00", false));
        assertThat(result.overallComputed()).isFalse();
        assertThat(jdbc.sql("select rating from assessment where id = ?").param(saved.assessmentId())
                .query(String.class).single()).isEqualTo("PASS");
        assertThat(jdbc.sql("select count(*) from assessment_instrument_score where assessment_id = ?")
                .param(saved.assessmentId()).query(Integer.class).single()).isEqualTo(3);
        assertThat(service.list(coordinator)).filteredOn(a -> a.id() == saved.assessmentId()).singleElement()
                .satisfies(a -> assertThat(a.rating().nameTh()).isEqualTo("ผ่าน"));
    }

    @Test
    void missingInstrumentAndOverallScores_areComputedFromTheIndicatorsByTheYearsWeights_andMarked() {
        Map<Integer, String> indicators = new java.util.TreeMap<>(Map.of(1, "90", 2, "90", 3, "90", 4, "90", 5, "90",
                6, "80", 7, "85", 8, "90", 9, "100", 10, "90"));
        SavedAssessment saved = service.save(organisationId, FY_2566,
                Results.parse("", null, Map.of("EIT", "84"), indicators), coordinator);

        Assessment result = service.find(saved.assessmentId()).orElseThrow();
        assertThat(result.instrumentScore("IIT").orElseThrow()).extracting(s -> s.score().toString(), InstrumentScore::computed)
                .containsExactly("90.00", true);
        assertThat(result.instrumentScore("EIT").orElseThrow()).extracting(s -> s.score().toString(), InstrumentScore::computed)
                .containsExactly("84.00", false);
        assertThat(result.instrumentScore("OIT").orElseThrow().score()).isEqualTo(Score.of("95"));
        // 0.3 × 90 + 0.3 × 84 + 0.4 × 95
        assertThat(result.overallScore()).isEqualTo(Score.of("90.20"));
        assertThat(result.overallComputed()).isTrue();
        assertThat(result.rating().code()).isEqualTo("PASS");

        // Saved again with NACC's own overall score: that one is kept and no longer marked computed.
        service.save(organisationId, FY_2566, Results.parse("90.31", null, Map.of("EIT", "86"), indicators), coordinator);
        Assessment corrected = service.find(saved.assessmentId()).orElseThrow();
        assertThat(corrected.overallScore()).isEqualTo(Score.of("90.31"));
        assertThat(corrected.overallComputed()).isFalse();
        assertThat(corrected.rating().code()).isEqualTo("GOOD");
    }

    @Test
    void aRatingTheYearsRuleDoesNotKnow_isRefusedInThai_andNothingIsSaved() {
        assertThatThrownBy(() -> service.save(organisationId, FY_2566, Results.parse("90", "A", Map.of()), coordinator))
                .isInstanceOfSatisfying(th.ita.shared.UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assessment.error.rating");
                });
        assertThatThrownBy(() -> service.save(organisationId, FY_2566,
                new Results(Score.of("90"), null, Map.of("XIT", Score.of("90")), Map.of()), coordinator))
                .isInstanceOf(th.ita.shared.UserInputException.class);
        assertThat(service.find(organisationId, FY_2566)).isEmpty();
    }

    @Test
    void onlyTheCoordinatorEntersResults() {
        assertThatThrownBy(() -> service.save(organisationId, FY_2566, Results.parse("90", "A", Map.of()),
                users.user("finance.head"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importFile(organisationId, FY_2566, "x.csv", new byte[]{1},
                users.user("mayor"))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.find(organisationId, FY_2566)).isEmpty();
    }
}
