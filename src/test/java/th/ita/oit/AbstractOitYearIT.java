package th.ita.oit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import th.ita.assessment.FrameworkAdmin;
import th.ita.assessment.FrameworkCheck;
import th.ita.assessment.FrameworkFixtures;
import th.ita.assessment.FrameworkProblem;
import th.ita.assessment.InvalidFrameworkException;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OIT board follows the year's framework, on a real database: a stand-in year's items until NACC's framework of
 * the year is loaded, the coordinator's confirmed mapping to it, last year's URLs carried over, the estimate.
 * Subclasses choose the database; the tests use the years 2561–2562 only.
 */
abstract class AbstractOitYearIT {

    static final FiscalYear Y2561 = FiscalYear.of(2561);
    static final FiscalYear Y2562 = FiscalYear.of(2562);

    @Autowired OitService service;
    @Autowired FrameworkAdmin admin;
    @Autowired TestOrganisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    @BeforeEach
    @AfterEach
    void noFrameworksOfTheTestYears() {
        FrameworkFixtures.remove(context, 2561, 2562);
    }

    @Test
    void untilTheYearsFrameworkIsLoaded_theBoardIsProvisionalOnTheYearBefore_thenTheCoordinatorConfirmsTheMapping() {
        admin.save(Y2561, FrameworkFixtures.yaml(2561), TestOrganisations.PLATFORM_ADMIN);
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        var coordinator = org.user("coordinator");

        OitBoard standIn = service.board(org.id(), Y2562, coordinator);
        assertThat(standIn.frameworkYear()).isEqualTo(Y2561);
        assertThat(standIn.standIn()).isTrue();
        assertThat(standIn.provisional()).isTrue();
        assertThat(standIn.mapping()).isEmpty();
        assertThat(standIn.items()).hasSize(43);
        service.answer(org.id(), Y2562, "o1", List.of("https://nonghoi.go.th/structure"), "แผนผังองค์กร", coordinator);
        service.approve(org.id(), Y2562, "o1", coordinator);
        service.assign(org.id(), Y2562, "o12", "finance", coordinator);
        service.answer(org.id(), Y2562, "o42", List.of("https://nonghoi.go.th/measures"), null, coordinator);
        service.answer(org.id(), Y2562, "o30", List.of("https://nonghoi.go.th/participation"), null, coordinator);
        // The stand-in board uses the 2561 framework: a correction of 2561 is a new version, not a change in place.
        assertThat(admin.check(Y2561, FrameworkFixtures.yaml(2561), TestOrganisations.PLATFORM_ADMIN).outcome())
                .isEqualTo(FrameworkCheck.Outcome.NEW_VERSION);

        // An explicit map naming no item of 2561 would move nothing: refused, nothing saved.
        assertThatThrownBy(() -> admin.save(Y2562, newLayout().replace("carriedFrom: o1", "carriedFrom: o99"),
                TestOrganisations.PLATFORM_ADMIN)).isInstanceOfSatisfying(InvalidFrameworkException.class,
                e -> assertThat(e.problems()).extracting(FrameworkProblem::path).containsExactly("oitItems[0].carriedFrom"));
        assertThat(service.board(org.id(), Y2562, coordinator).mapping()).isEmpty();

        admin.save(Y2562, newLayout(), TestOrganisations.PLATFORM_ADMIN);
        OitBoard arrived = service.board(org.id(), Y2562, org.user("works.officer"));
        assertThat(arrived.frameworkYear()).isEqualTo(Y2561);
        assertThat(arrived.mapping()).hasValueSatisfying(mapping -> assertThat(mapping.describe())
                .contains("o1 → x1", "o12 → x12", "o42 → m42").doesNotContain("o30 → x30"));
        assertThatThrownBy(() -> service.confirmMapping(org.id(), Y2562, org.user("works.officer")))
                .isInstanceOf(AccessDeniedException.class);

        OitMove move = service.confirmMapping(org.id(), Y2562, coordinator);

        assertThat(move.moved()).isEqualTo(3);
        assertThat(move.dropped()).containsExactly("o30");
        OitBoard moved = service.board(org.id(), Y2562, coordinator);
        assertThat(moved.frameworkYear()).isEqualTo(Y2562);
        assertThat(moved.standIn()).isFalse();
        assertThat(moved.mapping()).isEmpty();
        assertThat(moved.items()).hasSize(41).noneMatch(i -> i.code().startsWith("o"));
        OitBoardItem structure = OitServiceTest.item(moved, "x1");
        assertThat(structure.urls()).extracting(OitUrl::url).containsExactly("https://nonghoi.go.th/structure");
        assertThat(structure.explanation()).isEqualTo("แผนผังองค์กร");
        assertThat(structure.approved()).isFalse();
        assertThat(OitServiceTest.item(moved, "x12").divisionCode()).isEqualTo("finance");
        assertThat(OitServiceTest.item(moved, "m42").urls()).extracting(OitUrl::url)
                .containsExactly("https://nonghoi.go.th/measures");
        assertThat(jdbc.sql("select kind || ' ' || from_year || '>' || to_year || ' ' || items || ' ' || dropped "
                        + "from oit_board_change where organisation_id = ?").param(org.id()).query(String.class).list())
                .containsExactly("MAPPED 2561>2562 3 o30");
        assertThatThrownBy(() -> service.confirmMapping(org.id(), Y2562, coordinator))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).messageKey()).isEqualTo("oit.error.nothingToMap"));
    }

    @Test
    void lastYearsUrls_fillOnlyTheEmptyMatchingItems_andAreCheckedAgain() {
        admin.save(Y2561, FrameworkFixtures.yaml(2561), TestOrganisations.PLATFORM_ADMIN);
        admin.save(Y2562, newLayout(), TestOrganisations.PLATFORM_ADMIN);
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        var coordinator = org.user("coordinator");
        service.assign(org.id(), Y2561, "o5", "office", coordinator);
        for (String code : List.of("o1", "o2", "o5", "o42")) {
            service.answer(org.id(), Y2561, code, List.of("https://nonghoi.go.th/2561/" + code), null, coordinator);
        }
        service.answer(org.id(), Y2562, "x2", List.of("https://nonghoi.go.th/2562/executives"), null, coordinator);
        assertThatThrownBy(() -> service.carryOver(org.id(), Y2562, org.user("office.officer")))
                .isInstanceOf(AccessDeniedException.class);
        OffsetDateTime before = OffsetDateTime.now(clock).plusDays(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jdbc.sql("update web_check set next_check_at = ? where organisation_id = ?").params(before, org.id()).update();

        OitCarryOver carried = service.carryOver(org.id(), Y2562, coordinator);

        // x1 (by the file's carriedFrom) and x5 (same title) filled; x2 kept its own; m42, the measures, is this year's.
        assertThat(carried.from()).isEqualTo(Y2561);
        assertThat(carried.copied()).isEqualTo(2);
        assertThat(carried.kept()).isEqualTo(1);
        OitBoard board = service.board(org.id(), Y2562, coordinator);
        assertThat(OitServiceTest.item(board, "x1").urls()).extracting(OitUrl::url).containsExactly("https://nonghoi.go.th/2561/o1");
        assertThat(OitServiceTest.item(board, "x5").divisionCode()).isEqualTo("office");
        assertThat(OitServiceTest.item(board, "x2").urls()).extracting(OitUrl::url)
                .containsExactly("https://nonghoi.go.th/2562/executives");
        assertThat(OitServiceTest.item(board, "m42").urls()).isEmpty();
        assertThat(jdbc.sql("select count(*) from web_check where organisation_id = ? and next_check_at < ?")
                .params(org.id(), before).query(Integer.class).single()).isEqualTo(2);
        assertThat(service.carryOver(org.id(), Y2562, coordinator).copied()).isZero();
        assertThatThrownBy(() -> service.carryOver(org.id(), Y2561, coordinator))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).messageKey()).isEqualTo("oit.error.nothingToCarry"));
    }

    @Test
    void theBoardsEstimate_followsItsStates_andIsProvisional() {
        admin.save(Y2561, FrameworkFixtures.yaml(2561), TestOrganisations.PLATFORM_ADMIN);
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        var coordinator = org.user("coordinator");
        service.answer(org.id(), Y2561, "o1", List.of("https://nonghoi.go.th/structure"), null, coordinator);
        service.answer(org.id(), Y2561, "o2", List.of("https://nonghoi.go.th/executives"), null, coordinator);

        OitEstimate estimate = service.board(org.id(), Y2561, org.user("works.officer")).estimation().orElseThrow();

        // 43 items counting alike (the shipped rule): 2 entered of 43.
        assertThat(estimate.score()).isEqualByComparingTo("4.65");
        assertThat(estimate.provisional()).isTrue();
        assertThat(estimate.gains()).hasSize(41).first().satisfies(g -> assertThat(g.points()).isEqualByComparingTo("2.33"));
        assertThat(estimate.indicators()).extracting(OitEstimate.IndicatorEstimate::indicator).containsExactly(9, 10);
    }

    /**
     * The 2566 file as a 2562 with a new layout: every code renamed (o → x), o1 retitled and mapped by carriedFrom,
     * the measures item renamed and retitled (mapped by its role), o30 and o43 gone.
     */
    static String newLayout() {
        return FrameworkFixtures.yaml(2562).lines()
                .filter(line -> !line.contains("{code: o30,") && !line.contains("{code: o43,"))
                .map(line -> line.replace("{code: o1, indicator: 9, titleTh: \"โครงสร้าง\"",
                        "{code: o1, indicator: 9, titleTh: \"โครงสร้างและอำนาจหน้าที่\", carriedFrom: o1"))
                .map(line -> line.contains("role: MEASURES}")
                        ? line.replaceAll("\\{code: o42, indicator: 10, titleTh: \"[^\"]*\"",
                        "{code: m42, indicator: 10, titleTh: \"การนำผลการประเมินไปสู่การพัฒนาองค์กร\"")
                        : line)
                .map(line -> line.replaceAll("\\{code: o(\\d+),", "{code: x$1,"))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
