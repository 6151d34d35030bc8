package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new framework changes in the OIT items against the previous year's. */
class FrameworkDiffTest {

    final Framework previous = FrameworkValidator.parse(FrameworkFixtures.yaml(2569), FiscalYear.of(2569));

    @Test
    void itemsAdded_removed_renamed_andMoved_areEachListed() {
        String next = FrameworkFixtures.yaml(2570)
                .replace("  - {code: o1, indicator: 9, titleTh: \"โครงสร้าง\"}\n", "")
                .replace("titleTh: \"Q&A\"", "titleTh: \"ถาม-ตอบ\"")
                .replace("{code: o30, indicator: 9", "{code: o30, indicator: 10")
                + "  - {code: o44, indicator: 10, titleTh: \"ข้อใหม่\"}\n";

        FrameworkDiff diff = FrameworkDiff.between(previous, FrameworkValidator.parse(next, FiscalYear.of(2570)));

        assertThat(diff.added()).extracting(OitItem::code).containsExactly("o44");
        assertThat(diff.removed()).extracting(OitItem::code, OitItem::titleTh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("o1", "โครงสร้าง"));
        assertThat(diff.renamed()).containsExactly(new FrameworkDiff.Renamed("o8", "Q&A", "ถาม-ตอบ"));
        assertThat(diff.moved()).extracting(FrameworkDiff.Moved::code, m -> m.from().value(), m -> m.to().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("o30", 9, 10));
    }

    @Test
    void theSameItems_areNoChange() {
        assertThat(FrameworkDiff.between(previous, FrameworkValidator.parse(FrameworkFixtures.yaml(2570),
                FiscalYear.of(2570))).isEmpty()).isTrue();
    }
}
