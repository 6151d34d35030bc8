package th.ita.oit;

import org.junit.jupiter.api.Test;
import th.ita.assessment.Framework;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.OitItem;
import th.ita.assessment.OitRole;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.oit.OitFrameworks.item;

/** How answers find the items of another framework: explicit map, role, title; same code only within one year. */
class OitMappingTest {

    final Framework y2568 = OitFrameworks.of(2568, null,
            item("O1", 9, "โครงสร้างและอำนาจหน้าที่"),
            item("O2", 9, "ข้อมูลผู้บริหาร"),
            item("O11", 9, "ข้อมูลสถิติการให้บริการ"),
            new OitItem("O27", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", IndicatorCode.of(10), OitRole.MEASURES),
            item("O9", 9, "รายการที่หายไป"));
    final Framework y2569 = OitFrameworks.of(2569, null,
            new OitItem("O1", "โครงสร้าง หน้าที่และอำนาจ", IndicatorCode.of(9), null, "O1", null),
            item("O2", 9, " ข้อมูลผู้บริหาร "),
            item("O11", 9, "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"),
            new OitItem("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", IndicatorCode.of(10), OitRole.MEASURES));

    @Test
    void acrossYears_explicitMapThenRoleThenTitle_andTheSameCodeAloneMeansNothing() {
        OitMapping mapping = OitMapping.between(y2568, y2569);

        assertThat(mapping.pairs()).extracting(p -> p.from().code() + "→" + p.to().code() + " " + p.reason())
                .containsExactly("O1→O1 CARRIED_FROM", "O2→O2 TITLE", "O27→O25 ROLE");
        assertThat(mapping.targetOf("O11")).isEmpty();
        assertThat(mapping.unmatched()).extracting(OitItem::code).containsExactly("O11", "O9");
    }

    @Test
    void withinOneYear_everyItemIsItself() {
        OitMapping mapping = OitMapping.between(y2569, y2569);

        assertThat(mapping.pairs()).allMatch(p -> p.from().code().equals(p.to().code())
                && p.reason() == OitMapping.Reason.SAME_CODE).hasSize(4);
        assertThat(mapping.unmatched()).isEmpty();
    }

    @Test
    void anEarlierItemMovesToOneItemOnly() {
        Framework split = OitFrameworks.of(2569, null, item("A", 9, "ข้อมูลผู้บริหาร"), item("B", 9, "ข้อมูลผู้บริหาร"));

        assertThat(OitMapping.between(y2568, split).describe()).containsExactly("O2 → A");
    }
}
