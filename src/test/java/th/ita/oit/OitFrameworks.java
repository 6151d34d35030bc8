package th.ita.oit;

import th.ita.assessment.Framework;
import th.ita.assessment.Indicator;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Instrument;
import th.ita.assessment.OitItem;
import th.ita.assessment.OitScoring;
import th.ita.assessment.Rating;
import th.ita.assessment.RatingRule;
import th.ita.assessment.Score;
import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Small frameworks built in code for the mapping's and the estimate's unit tests. */
final class OitFrameworks {

    private OitFrameworks() {
    }

    static Framework of(int year, OitScoring scoring, OitItem... items) {
        return new Framework(FiscalYear.of(year), Score.of("85"),
                List.of(new Instrument("OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "OIT", BigDecimal.valueOf(100))),
                List.of(new Indicator(IndicatorCode.of(9), "OIT", "การเปิดเผยข้อมูล", "Information disclosure"),
                        new Indicator(IndicatorCode.of(10), "OIT", "การป้องกันการทุจริต", "Corruption prevention")),
                new RatingRule(RatingRule.Kind.BANDS, List.of(new RatingRule.Level(new Rating("F", "F", "F"), Score.of("0"),
                        Map.of()))),
                List.of(items), true, List.of(), scoring);
    }

    static OitItem item(String code, int indicator, String title) {
        return new OitItem(code, title, IndicatorCode.of(indicator));
    }
}
