package th.ita.assessment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Both kinds of rating rule at their boundaries, and the checks that keep a rule without gaps or overlaps. */
class RatingRuleTest {

    static final RatingRule BANDS = new RatingRule(RatingRule.Kind.BANDS, List.of(band("AA", "95"), band("A", "85"),
            band("B", "75"), band("C", "65"), band("D", "55"), band("E", "50"), band("F", "0")));

    static final RatingRule LEVELS = new RatingRule(RatingRule.Kind.LEVELS, List.of(
            level("EXCELLENT", "ผ่านดีเยี่ยม", "95", "95"), level("GOOD", "ผ่านดี", "85", "85"),
            level("PASS", "ผ่าน", "85", null), level("IMPROVE", "ต้องปรับปรุง", "70", null),
            level("URGENT", "ต้องปรับปรุงโดยด่วน", "0", null)));

    @Test
    void bands_rateByTheOverallScoreAlone_atEachBoundary() {
        assertThat(code(BANDS, "84.99", Map.of())).isEqualTo("B");
        assertThat(code(BANDS, "85.00", Map.of())).isEqualTo("A");
        assertThat(code(BANDS, "85.62", Map.of())).isEqualTo("A");
        assertThat(code(BANDS, "94.99", Map.of())).isEqualTo("A");
        assertThat(code(BANDS, "95.00", Map.of())).isEqualTo("AA");
        assertThat(code(BANDS, "100", Map.of())).isEqualTo("AA");
        assertThat(code(BANDS, "49.99", Map.of())).isEqualTo("F");
        assertThat(code(BANDS, "0", Map.of())).isEqualTo("F");
    }

    @Test
    void bands_listedInAnyOrder_rateTheSame() {
        RatingRule shuffled = new RatingRule(RatingRule.Kind.BANDS, List.of(band("F", "0"), band("A", "85"),
                band("AA", "95"), band("B", "75"), band("C", "65"), band("E", "50"), band("D", "55")));
        assertThat(code(shuffled, "85.00", Map.of())).isEqualTo("A");
        assertThat(shuffled.problems("rating", List.of("IIT", "EIT", "OIT"))).isEmpty();
    }

    @Test
    void levels_anEitUnder85_keepsAHighOverallScoreAtPass_notGood() {
        assertThat(code(LEVELS, "94.64", instruments("92.10", "84.00", "99.00"))).isEqualTo("PASS");
        assertThat(LEVELS.rate(Score.of("94.64"), instruments("92.10", "84.00", "99.00")).orElseThrow().nameTh())
                .isEqualTo("ผ่าน");
    }

    @Test
    void levels_atEachBoundary() {
        assertThat(code(LEVELS, "95.00", instruments("95", "95", "95"))).isEqualTo("EXCELLENT");
        assertThat(code(LEVELS, "95.00", instruments("95", "94.99", "100"))).isEqualTo("GOOD");
        assertThat(code(LEVELS, "94.99", instruments("100", "100", "100"))).isEqualTo("GOOD");
        assertThat(code(LEVELS, "85.00", instruments("85", "85", "85"))).isEqualTo("GOOD");
        assertThat(code(LEVELS, "85.00", instruments("84.99", "90", "90"))).isEqualTo("PASS");
        assertThat(code(LEVELS, "84.99", instruments("100", "100", "100"))).isEqualTo("IMPROVE");
        assertThat(code(LEVELS, "70.00", Map.of())).isEqualTo("IMPROVE");
        assertThat(code(LEVELS, "69.99", Map.of())).isEqualTo("URGENT");
        assertThat(code(LEVELS, "0", Map.of())).isEqualTo("URGENT");
    }

    @Test
    void levels_cannotTell_whenAnInstrumentScoreItNeedsIsUnknown() {
        Map<String, Score> withoutEit = new HashMap<>(instruments("96", "96", "96"));
        withoutEit.remove("EIT");
        assertThat(LEVELS.rate(Score.of("96"), withoutEit)).isEmpty();
        assertThat(LEVELS.rate(null, instruments("96", "96", "96"))).isEmpty();
        // Below every level that asks for instruments, the overall score alone decides.
        assertThat(code(LEVELS, "80", Map.of())).isEqualTo("IMPROVE");
        // A failing instrument decides even when another is unknown.
        withoutEit.put("OIT", Score.of("80"));
        assertThat(code(LEVELS, "90", withoutEit)).isEqualTo("PASS");
    }

    @Test
    void theShippedRules_haveNoProblems() {
        assertThat(BANDS.problems("rating", List.of("IIT", "EIT", "OIT"))).isEmpty();
        assertThat(LEVELS.problems("rating", List.of("IIT", "EIT", "OIT"))).isEmpty();
    }

    @Test
    void aRuleWithoutALevelFromZero_hasAGap() {
        RatingRule rule = new RatingRule(RatingRule.Kind.BANDS, List.of(band("AA", "95"), band("A", "85")));
        assertThat(rule.problems("rating", List.of())).extracting(FrameworkProblem::messageKey)
                .containsExactly("framework.problem.rating.gap");
        RatingRule onlyWithInstruments = new RatingRule(RatingRule.Kind.LEVELS, List.of(level("GOOD", "ผ่านดี", "0", "85")));
        assertThat(onlyWithInstruments.problems("rating", List.of("IIT", "EIT", "OIT")))
                .extracting(FrameworkProblem::messageKey).containsExactly("framework.problem.rating.gap");
    }

    @Test
    void aLevelAnEarlierOneAlwaysTakes_overlaps() {
        // PASS listed before GOOD with the same overall minimum: GOOD could never be given.
        RatingRule rule = new RatingRule(RatingRule.Kind.LEVELS, List.of(level("PASS", "ผ่าน", "85", null),
                level("GOOD", "ผ่านดี", "85", "85"), level("URGENT", "ต้องปรับปรุงโดยด่วน", "0", null)));
        assertThat(rule.problems("rating", List.of("IIT", "EIT", "OIT")))
                .extracting(FrameworkProblem::path, FrameworkProblem::messageKey, FrameworkProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rating[GOOD]", "framework.problem.rating.overlap",
                        List.of("GOOD", "PASS")));
        RatingRule sameMinimum = new RatingRule(RatingRule.Kind.BANDS, List.of(band("A", "85"), band("B", "85"), band("F", "0")));
        assertThat(sameMinimum.problems("rating", List.of())).extracting(FrameworkProblem::messageKey)
                .containsExactly("framework.problem.rating.overlap");
    }

    @Test
    void duplicateCodes_unknownInstruments_andInstrumentsInBands_areProblems() {
        RatingRule duplicate = new RatingRule(RatingRule.Kind.BANDS, List.of(band("A", "85"), band("A", "0")));
        assertThat(duplicate.problems("rating", List.of())).extracting(FrameworkProblem::messageKey)
                .containsExactly("framework.problem.rating.duplicate");
        RatingRule unknown = new RatingRule(RatingRule.Kind.LEVELS, List.of(
                new RatingRule.Level(new Rating("GOOD", "ผ่านดี", "Good"), Score.of("85"), Map.of("XIT", Score.of("85"))),
                level("URGENT", "ต้องปรับปรุงโดยด่วน", "0", null)));
        assertThat(unknown.problems("rating", List.of("IIT", "EIT", "OIT"))).extracting(FrameworkProblem::path)
                .containsExactly("rating[GOOD].minInstruments.XIT");
        RatingRule bandsWithInstruments = new RatingRule(RatingRule.Kind.BANDS, List.of(level("GOOD", "ผ่านดี", "85", "85"),
                band("F", "0")));
        assertThat(bandsWithInstruments.problems("rating", List.of("IIT", "EIT", "OIT")))
                .extracting(FrameworkProblem::messageKey).containsExactly("framework.problem.rating.bandWithInstruments");
    }

    @Test
    void aPublishedRating_isFoundByCodeOrByName() {
        assertThat(LEVELS.find("pass")).map(Rating::code).contains("PASS");
        assertThat(LEVELS.find("ผ่านดี")).map(Rating::code).contains("GOOD");
        assertThat(LEVELS.find("Needs")).isEmpty();
        assertThat(BANDS.find("AA")).map(Rating::code).contains("AA");
    }

    private static String code(RatingRule rule, String overall, Map<String, Score> instruments) {
        return rule.rate(Score.of(overall), instruments).orElseThrow().code();
    }

    static Map<String, Score> instruments(String iit, String eit, String oit) {
        return Map.of("IIT", Score.of(iit), "EIT", Score.of(eit), "OIT", Score.of(oit));
    }

    private static RatingRule.Level band(String code, String min) {
        return new RatingRule.Level(new Rating(code, code, code), Score.of(min), Map.of());
    }

    private static RatingRule.Level level(String code, String nameTh, String min, String eachInstrument) {
        return new RatingRule.Level(new Rating(code, nameTh, code), Score.of(min), eachInstrument == null ? Map.of()
                : Map.of("IIT", Score.of(eachInstrument), "EIT", Score.of(eachInstrument), "OIT", Score.of(eachInstrument)));
    }
}
