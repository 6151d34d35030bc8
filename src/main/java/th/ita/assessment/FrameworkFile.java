package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** The shape of {@code ita/framework-<year>.yaml}; converted to a checked {@link Framework}. */
record FrameworkFile(int fiscalYear, BigDecimal passMark, List<InstrumentEntry> instruments,
                     List<IndicatorEntry> indicators, List<BandEntry> gradeBands, List<OitEntry> oitItems) {

    record InstrumentEntry(String code, String nameTh, String nameEn, BigDecimal weight) {
    }

    record IndicatorEntry(int code, String instrument, String nameTh, String nameEn) {
    }

    record BandEntry(Grade grade, BigDecimal minScore) {
    }

    record OitEntry(String code, int indicator, String titleTh) {
    }

    /** Fails loudly on an inconsistent file: a broken framework must stop the start, not mis-grade quietly. */
    Framework toFramework() {
        List<Instrument> instrumentList = instruments.stream()
                .map(i -> new Instrument(i.code(), i.nameTh(), i.nameEn(), i.weight())).toList();
        List<Indicator> indicatorList = indicators.stream()
                .map(i -> new Indicator(IndicatorCode.of(i.code()), i.instrument(), i.nameTh(), i.nameEn())).toList();
        for (Indicator indicator : indicatorList) {
            if (instrumentList.stream().noneMatch(i -> i.code().equals(indicator.instrument()))) {
                throw new IllegalStateException("FY " + fiscalYear + ": indicator " + indicator.code()
                        + " names unknown instrument " + indicator.instrument());
            }
        }
        List<GradeBand> bands = gradeBands.stream().map(b -> new GradeBand(b.grade(), new Score(b.minScore()))).toList();
        if (bands.stream().noneMatch(b -> b.minScore().value().signum() == 0)) {
            throw new IllegalStateException("FY " + fiscalYear + ": no grade band starts at 0");
        }
        List<OitItem> items = IntStream.range(0, oitItems.size()).mapToObj(n -> oitItems.get(n))
                .map(o -> new OitItem(o.code(), o.titleTh(), IndicatorCode.of(o.indicator()))).toList();
        for (OitItem item : items) {
            if (indicatorList.stream().noneMatch(i -> i.code().equals(item.indicator()))) {
                throw new IllegalStateException("FY " + fiscalYear + ": OIT item " + item.code() + " under unknown indicator");
            }
        }
        return new Framework(FiscalYear.of(fiscalYear), new Score(passMark), instrumentList, indicatorList, bands, items);
    }
}
