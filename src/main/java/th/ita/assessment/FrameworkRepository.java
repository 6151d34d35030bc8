package th.ita.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import th.ita.shared.ExpiringCache;
import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ita_*} tables: each year's versions with the text of their file ({@code ita_framework_version}, the
 * source of truth) and the parsed rows of the current version, for SQL. Upserts are "update, and insert when nothing
 * was updated": portable across H2 and PostgreSQL.
 * <p>
 * Reads come from memory: every page that offers indicators (the inbox's filter, a plan) would otherwise read the
 * tables again. A framework is cached under its year, version and stamp; {@link FrameworkStamps} tells the current
 * ones, so that a save through any node is seen by every node without a restart.
 */
@Repository
class FrameworkRepository {

    private static final Logger log = LoggerFactory.getLogger(FrameworkRepository.class);
    private static final Duration KEPT = Duration.ofMinutes(10);
    /** The stamp under which a past version is cached: only the current version can be replaced in place. */
    private static final long PAST = -1;

    private record Key(FiscalYear fiscalYear, int version, long stamp) {
    }

    private final JdbcClient jdbc;
    private final FrameworkStamps stamps;
    private final ExpiringCache<Key, Optional<Framework>> frameworks = new ExpiringCache<>(KEPT, 100);

    FrameworkRepository(JdbcClient jdbc, FrameworkStamps stamps) {
        this.jdbc = jdbc;
        this.stamps = stamps;
    }

    /** The year's current version and stamp; empty when the year has no framework. */
    Optional<FrameworkStamps.Stamp> stamp(FiscalYear fiscalYear) {
        return Optional.ofNullable(stamps.all().get(fiscalYear));
    }

    /** The stamps read again from the database, not from memory: for a save, which must not act on a stale one. */
    Optional<FrameworkStamps.Stamp> freshStamp(FiscalYear fiscalYear) {
        return Optional.ofNullable(stamps.refresh().get(fiscalYear));
    }

    /** The text of a stored version, as it was saved; empty for a year loaded before versions were kept. */
    Optional<String> source(FiscalYear fiscalYear, int version) {
        return jdbc.sql("select source from ita_framework_version where fiscal_year = ? and version = ?")
                .params(fiscalYear.buddhistYear(), version).query(String.class).optional();
    }

    boolean hasVersions(FiscalYear fiscalYear) {
        return jdbc.sql("select count(*) from ita_framework_version where fiscal_year = ?")
                .param(fiscalYear.buddhistYear()).query(Integer.class).single() > 0;
    }

    /** Whether a result, a plan or an OIT board (of this year, or of a later one standing in on it) was recorded under this version. */
    boolean isUsed(FiscalYear fiscalYear, int version) {
        return jdbc.sql("select case when exists (select 1 from assessment where fiscal_year = :year "
                        + "and framework_version = :version) "
                        + "or exists (select 1 from improvement_plan where framework_year = :year "
                        + "and framework_version = :version) "
                        + "or exists (select 1 from oit_item where coalesce(framework_year, fiscal_year) = :year and framework_version = :version) "
                        + "then 1 else 0 end")
                .param("year", fiscalYear.buddhistYear()).param("version", version).query(Integer.class).single() == 1;
    }

    /** A year's first framework: version 1. */
    void insertFirst(Framework framework, String source, boolean provisional, String savedBy, OffsetDateTime savedAt) {
        jdbc.sql("insert into ita_framework (fiscal_year, pass_mark, version, stamp) values (?, ?, 1, 1)")
                .params(framework.fiscalYear().buddhistYear(), framework.passMark().value()).update();
        insertVersion(framework.fiscalYear(), 1, source, provisional, savedBy, savedAt);
        replaceRows(framework);
    }

    /**
     * The next version of a year whose current version is {@code current}; false when another save came first (the
     * caller then checks again). The conditional update also makes a concurrent save of the year wait for this one.
     */
    boolean insertNextVersion(Framework framework, int current, String source, boolean provisional, String savedBy,
                              OffsetDateTime savedAt) {
        int year = framework.fiscalYear().buddhistYear();
        int updated = jdbc.sql("update ita_framework set version = ?, stamp = stamp + 1 where fiscal_year = ? "
                + "and version = ?").params(current + 1, year, current).update();
        if (updated == 0) {
            return false;
        }
        insertVersion(framework.fiscalYear(), current + 1, source, provisional, savedBy, savedAt);
        replaceRows(framework);
        return true;
    }

    /** The current version replaced in place (it is used by nothing); false when another save came first. */
    boolean replaceVersion(Framework framework, int current, String source, boolean provisional, String savedBy,
                           OffsetDateTime savedAt) {
        int year = framework.fiscalYear().buddhistYear();
        int updated = jdbc.sql("update ita_framework set stamp = stamp + 1 where fiscal_year = ? and version = ?")
                .params(year, current).update();
        if (updated == 0) {
            return false;
        }
        if (jdbc.sql("update ita_framework_version set source = ?, provisional = ?, saved_by = ?, saved_at = ? "
                + "where fiscal_year = ? and version = ?")
                .params(source, provisional, savedBy, savedAt, year, current).update() == 0) {
            // A year loaded before versions were kept: its rows were version 1 without a text.
            insertVersion(framework.fiscalYear(), current, source, provisional, savedBy, savedAt);
        }
        replaceRows(framework);
        return true;
    }

    private void insertVersion(FiscalYear fiscalYear, int version, String source, boolean provisional, String savedBy,
                               OffsetDateTime savedAt) {
        jdbc.sql("insert into ita_framework_version (fiscal_year, version, source, provisional, saved_by, saved_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(fiscalYear.buddhistYear(), version, source, provisional, savedBy, savedAt).update();
        stamps.changed();
    }

    /** The parsed rows of the current version: those of the previous one go first (items may have gone). */
    private void replaceRows(Framework framework) {
        int year = framework.fiscalYear().buddhistYear();
        for (String table : List.of("ita_oit_item", "ita_rating_minimum", "ita_rating_level", "ita_indicator", "ita_instrument")) {
            jdbc.sql("delete from " + table + " where fiscal_year = ?").param(year).update();
        }
        upsert(framework);
        stamps.changed();
    }

    void upsert(Framework framework) {
        frameworks.evictAll();
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
        return stamp(fiscalYear).flatMap(stamp -> frameworks.get(new Key(fiscalYear, stamp.version(), stamp.stamp()),
                this::load));
    }

    /** The version a result, plan or board was recorded under; empty when the year has no such version. */
    Optional<Framework> find(FiscalYear fiscalYear, int version) {
        return stamp(fiscalYear).filter(stamp -> version >= 1 && version <= stamp.version())
                .flatMap(stamp -> frameworks.get(new Key(fiscalYear, version,
                        version == stamp.version() ? stamp.stamp() : PAST), this::load));
    }

    /** From the stored text, through the same reader as the files; from the rows for a year stored before that. */
    private Optional<Framework> load(Key key) {
        Optional<String> source = source(key.fiscalYear(), key.version());
        if (source.isPresent()) {
            try {
                return Optional.of(FrameworkYaml.read(source.get()).toFramework());
            } catch (RuntimeException e) {
                // Checked when saved, so a reader changed since: the current version's rows still hold it.
                log.warn("Stored framework {} version {} no longer reads", key.fiscalYear(), key.version(), e);
                if (key.stamp() == PAST) {
                    return Optional.empty();
                }
            }
        }
        return key.stamp() == PAST ? Optional.empty() : readRows(key.fiscalYear());
    }

    private Optional<Framework> readRows(FiscalYear fiscalYear) {
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
        return List.copyOf(stamps.all().keySet());
    }
}
