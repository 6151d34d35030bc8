package th.ita.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import th.ita.shared.ExpiringCache;
import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ita_*} tables. Upserts are "update, and insert when nothing was updated": portable across H2
 * and PostgreSQL, and enough for a loader that runs once at start-up.
 * <p>
 * Reads come from memory: every page that offers indicators (the inbox's filter, a plan) would otherwise read the
 * five tables again, and they change only when the loader runs, which forgets what was read.
 */
@Repository
class FrameworkRepository {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final ExpiringCache<FiscalYear, Optional<Framework>> frameworks = new ExpiringCache<>(KEPT, 100);
    private final ExpiringCache<String, List<FiscalYear>> years = new ExpiringCache<>(KEPT, 1);

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(Framework framework) {
        frameworks.evictAll();
        years.evictAll();
        int year = framework.fiscalYear().buddhistYear();
        Map<String, Object> head = new java.util.HashMap<>();
        head.put("year", year);
        head.put("passMark", framework.passMark().value());
        head.put("kind", framework.ratingRule().kind().name());
        head.put("provisional", framework.provisional());
        head.put("sources", framework.sources().isEmpty() ? null : String.join("\n", framework.sources()));
        upsert("update ita_framework set pass_mark = :passMark, rating_kind = :kind, provisional = :provisional, "
                        + "sources = :sources where fiscal_year = :year",
                "insert into ita_framework (fiscal_year, pass_mark, rating_kind, provisional, sources) "
                        + "values (:year, :passMark, :kind, :provisional, :sources)", head);
        List<Instrument> instruments = framework.instruments();
        for (int i = 0; i < instruments.size(); i++) {
            Instrument instrument = instruments.get(i);
            upsert("update ita_instrument set name_th = :th, name_en = :en, weight = :weight, sort_order = :sort "
                            + "where fiscal_year = :year and code = :code",
                    "insert into ita_instrument (fiscal_year, code, name_th, name_en, weight, sort_order) "
                            + "values (:year, :code, :th, :en, :weight, :sort)",
                    Map.of("year", year, "code", instrument.code(), "th", instrument.nameTh(), "en", instrument.nameEn(),
                            "weight", instrument.weight(), "sort", i));
        }
        for (Indicator indicator : framework.indicators()) {
            upsert("update ita_indicator set instrument = :instrument, name_th = :th, name_en = :en "
                            + "where fiscal_year = :year and code = :code",
                    "insert into ita_indicator (fiscal_year, code, instrument, name_th, name_en) "
                            + "values (:year, :code, :instrument, :th, :en)",
                    Map.of("year", year, "code", indicator.code().value(), "instrument", indicator.instrument(),
                            "th", indicator.nameTh(), "en", indicator.nameEn()));
        }
        replaceRatingRule(year, framework.ratingRule());
        List<OitItem> items = framework.oitItems();
        for (int i = 0; i < items.size(); i++) {
            OitItem item = items.get(i);
            Map<String, Object> params = new java.util.HashMap<>(Map.of("year", year, "code", item.code(),
                    "title", item.titleTh(), "indicator", item.indicator().value(), "sort", i));
            params.put("role", item.role() == null ? null : item.role().name());
            upsert("update ita_oit_item set title_th = :title, indicator_code = :indicator, sort_order = :sort, role = :role "
                            + "where fiscal_year = :year and code = :code",
                    "insert into ita_oit_item (fiscal_year, code, title_th, indicator_code, sort_order, role) "
                            + "values (:year, :code, :title, :indicator, :sort, :role)", params);
        }
    }

    /** Nothing references a level's row, so a changed rule is simply written anew. */
    private void replaceRatingRule(int year, RatingRule rule) {
        jdbc.sql("delete from ita_rating_minimum where fiscal_year = ?").param(year).update();
        jdbc.sql("delete from ita_rating_level where fiscal_year = ?").param(year).update();
        List<RatingRule.Level> levels = rule.levels();
        for (int i = 0; i < levels.size(); i++) {
            RatingRule.Level level = levels.get(i);
            jdbc.sql("insert into ita_rating_level (fiscal_year, code, name_th, name_en, min_overall, sort_order) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(year, level.rating().code(), level.rating().nameTh(), level.rating().nameEn(),
                            level.minOverall().value(), i).update();
            level.minInstruments().forEach((instrument, min) -> jdbc.sql(
                            "insert into ita_rating_minimum (fiscal_year, level_code, instrument, min_score) values (?, ?, ?, ?)")
                    .params(year, level.rating().code(), instrument, min.value()).update());
        }
    }

    private void upsert(String update, String insert, Map<String, ?> params) {
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql(insert).params(params).update();
        }
    }

    Optional<Framework> find(FiscalYear fiscalYear) {
        return frameworks.get(fiscalYear, this::read);
    }

    private Optional<Framework> read(FiscalYear fiscalYear) {
        int year = fiscalYear.buddhistYear();
        record Head(BigDecimal passMark, String kind, boolean provisional, String sources) {
        }
        Optional<Head> head = jdbc.sql("select pass_mark, rating_kind, provisional, sources from ita_framework where fiscal_year = ?")
                .param(year).query((rs, n) -> new Head(rs.getBigDecimal(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).optional();
        return head.map(h -> new Framework(fiscalYear, new Score(h.passMark()),
                jdbc.sql("select code, name_th, name_en, weight from ita_instrument where fiscal_year = ? order by sort_order")
                        .param(year).query((rs, n) -> new Instrument(rs.getString("code"), rs.getString("name_th"),
                                rs.getString("name_en"), rs.getBigDecimal("weight"))).list(),
                jdbc.sql("select code, instrument, name_th, name_en from ita_indicator where fiscal_year = ? order by code")
                        .param(year)
                        .query((rs, n) -> new Indicator(IndicatorCode.of(rs.getInt(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4)))
                        .list(),
                readRatingRule(year, RatingRule.Kind.valueOf(h.kind())),
                jdbc.sql("select code, title_th, indicator_code, role from ita_oit_item where fiscal_year = ? order by sort_order")
                        .param(year)
                        .query((rs, n) -> new OitItem(rs.getString(1), rs.getString(2), IndicatorCode.of(rs.getInt(3)),
                                rs.getString(4) == null ? null : OitRole.valueOf(rs.getString(4))))
                        .list(),
                h.provisional(), h.sources() == null ? List.of() : List.of(h.sources().split("\n"))));
    }

    private RatingRule readRatingRule(int year, RatingRule.Kind kind) {
        Map<String, Map<String, Score>> minimums = new java.util.HashMap<>();
        jdbc.sql("select level_code, instrument, min_score from ita_rating_minimum where fiscal_year = ?").param(year)
                .query(rs -> {
                    minimums.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
                            .put(rs.getString(2), new Score(rs.getBigDecimal(3)));
                });
        return new RatingRule(kind, jdbc.sql("select code, name_th, name_en, min_overall from ita_rating_level "
                        + "where fiscal_year = ? order by sort_order").param(year)
                .query((rs, n) -> new RatingRule.Level(new Rating(rs.getString(1), rs.getString(2), rs.getString(3)),
                        new Score(rs.getBigDecimal(4)), minimums.getOrDefault(rs.getString(1), Map.of())))
                .list());
    }

    List<FiscalYear> years() {
        return years.get("all", all -> readYears());
    }

    private List<FiscalYear> readYears() {
        return jdbc.sql("select fiscal_year from ita_framework order by fiscal_year")
                .query((rs, n) -> FiscalYear.of(rs.getInt(1))).list().stream().toList();
    }
}
