package th.ita.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * Import into a Spring test to count every SQL statement of the application, the engine's included: the
 * application's data source is wrapped in a {@link StatementCounter}, which the test autowires.
 * Spring wraps the bean before the engine and {@code JdbcClient} take it, so nothing reads past the counter.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDataSourceConfig {

    @Bean
    static CountingPostProcessor countingDataSource() {
        return new CountingPostProcessor();
    }

    /** Asks for the data source first, so it has been wrapped when the counter is handed out. */
    @Bean
    StatementCounter statementCounter(CountingPostProcessor wrapper, DataSource dataSource) {
        return wrapper.counter;
    }

    static final class CountingPostProcessor implements BeanPostProcessor {
        private StatementCounter counter;

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && counter == null) {
                counter = new StatementCounter(dataSource);
                return counter.dataSource();
            }
            return bean;
        }
    }
}
