package th.ita.assessment;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Framework files for the tests of loading and correcting frameworks. They save frameworks of years before the
 * shipped ones (2551–2564), each test class years of its own, and remove them before each test: the PostgreSQL test
 * database outlives a run, and no other test looks at those years.
 */
public final class FrameworkFixtures {

    private FrameworkFixtures() {
    }

    /** The shipped FY 2566 file as the framework of {@code year}. */
    public static String yaml(int year) {
        try (InputStream in = FrameworkFixtures.class.getResourceAsStream("/ita/framework-2566.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("fiscalYear: 2566", "fiscalYear: " + year);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the years' frameworks and what was recorded under them, and makes this node forget them. */
    public static void remove(ApplicationContext context, int... years) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (int year : years) {
            for (String sql : new String[]{"delete from assessment where fiscal_year = ?",
                    "delete from oit_item where fiscal_year = ?",
                    "delete from ita_framework_version where fiscal_year = ?", "delete from ita_oit_item where fiscal_year = ?",
                    "delete from ita_rating_minimum where fiscal_year = ?", "delete from ita_rating_level where fiscal_year = ?", "delete from ita_indicator where fiscal_year = ?",
                    "delete from ita_instrument where fiscal_year = ?", "delete from ita_framework where fiscal_year = ?"}) {
                jdbc.sql(sql).param(year).update();
            }
        }
        context.getBean(FrameworkStamps.class).changed();
    }

    /** A file of the jar, as the loader reads it. */
    static FrameworkLoader.ShippedFramework shipped(int year) {
        String source = yaml(year);
        return new FrameworkLoader.ShippedFramework(source, FrameworkYaml.read(source).toFramework());
    }
}
