package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.util.List;
import java.util.Optional;

/** The ITA framework of one fiscal year, as loaded from {@code ita/framework-<year>.yaml}. */
public record Framework(FiscalYear fiscalYear, Score passMark, List<Instrument> instruments,
                        List<Indicator> indicators, List<GradeBand> gradeBands, List<OitItem> oitItems) {

    public Framework {
        instruments = List.copyOf(instruments);
        indicators = List.copyOf(indicators);
        gradeBands = List.copyOf(gradeBands);
        oitItems = List.copyOf(oitItems);
    }

    public Optional<Indicator> indicator(IndicatorCode code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Grade grade(Score score) {
        return Grade.of(score, gradeBands);
    }

    /** Below the pass mark; an unknown score (null) is not failing, it is unknown. */
    public boolean fails(Score score) {
        return score != null && score.isBelow(passMark);
    }
}
