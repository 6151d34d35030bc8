package th.ita.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import th.ita.shared.FiscalYear;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The framework version of each year and its stamp ({@code ita_framework}), read for {@link FrameworkStamps}. */
@Repository
class FrameworkStampRepository {

    private final JdbcClient jdbc;

    FrameworkStampRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every year's stamp, in one statement. */
    SortedMap<FiscalYear, FrameworkStamps.Stamp> all() {
        SortedMap<FiscalYear, FrameworkStamps.Stamp> stamps = new TreeMap<>();
        jdbc.sql("select f.fiscal_year, f.version, f.stamp, v.provisional from ita_framework f "
                        + "left join ita_framework_version v on v.fiscal_year = f.fiscal_year and v.version = f.version")
                .query(rs -> {
                    stamps.put(FiscalYear.of(rs.getInt(1)), new FrameworkStamps.Stamp(rs.getInt(2), rs.getLong(3),
                            rs.getBoolean(4)));
                });
        return Collections.unmodifiableSortedMap(stamps);
    }
}
