package th.ita.support;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/**
 * Gives every Spring test context an {@code ITA_TEST_POSTGRES_URL} when the variable is not set: the URL of
 * {@link TestPostgres}'s embedded server, which starts only when a context reads it (the tests on PostgreSQL, through
 * their {@code spring.datasource.url=${ITA_TEST_POSTGRES_URL:…}}); contexts on H2 never do. Registered in
 * {@code META-INF/spring.factories} of the test resources, so no test class has to name it.
 */
public class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestPostgres.isEmbedded() ? new EmbeddedPostgresUrl() : null;
    }

    /** A record without fields: all equal, so the customizer does not split Spring's context cache. */
    record EmbeddedPostgresUrl() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // Last: a system property or anything else that names the variable still wins, as without this source.
            context.getEnvironment().getPropertySources().addLast(new LazyUrl());
        }
    }

    /** Answers only for the variable, and starts the server only when asked (not enumerable: nobody lists it). */
    static final class LazyUrl extends PropertySource<Object> {

        LazyUrl() {
            super("embedded PostgreSQL (th.ita.support.TestPostgres)", new Object());
        }

        @Override
        public Object getProperty(String name) {
            return TestPostgres.VARIABLE.equals(name) ? TestPostgres.url() : null;
        }
    }
}
