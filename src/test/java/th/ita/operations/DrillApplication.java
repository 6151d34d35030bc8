package th.ita.operations;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import th.ita.ItaApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * The application started on a database of a drill, as the operator starts it after a restore or an upgrade: the
 * production profile ({@code postgres}), its own Spring context (a drill runs two of them one after the other, on
 * two databases). The test class path's helpers ({@code th.ita.support}: onboarding, plans, steps) are beans as in
 * any Spring test; the tests' own configurations ({@code @TestConfiguration}, a test class's nested beans) are not,
 * as {@code @SpringBootTest} leaves them out too.
 */
final class DrillApplication {

    private DrillApplication() {
    }

    static ConfigurableApplicationContext start(String jdbcUrl, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + DrillDatabases.USER,
                "server.port=0",
                "ita.demo.enabled=false",
                "ita.line.enabled=false",
                // The drills run the measures' start jobs themselves, as the other tests do.
                "camunda.bpm.job-execution.enabled=false"));
        all.addAll(List.of(properties));
        // As command-line arguments: they win over the profile's files (properties() would only be defaults, and
        // application-postgres.properties names a database of its own).
        return new SpringApplicationBuilder(ItaApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                .initializers(context -> context.getBeanFactory().registerSingleton("drillLeavesOutTestConfigurations",
                        new LeaveOutTestConfigurations()))
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /** What {@code @SpringBootTest}'s own filter leaves out of the component scan. */
    static final class LeaveOutTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            if (reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())) {
                return true;
            }
            String name = reader.getClassMetadata().getClassName();
            String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return !outer.equals(name) && (outer.endsWith("Test") || outer.endsWith("IT"));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestConfigurations;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestConfigurations.class.hashCode();
        }
    }
}
