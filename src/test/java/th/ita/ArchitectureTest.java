package th.ita;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import com.tngtech.archunit.lang.ArchRule;
import th.ita.architecture.fixture.NamesAnEngineTable;
import th.ita.architecture.fixture.ReachesIntoEngineInternals;
import th.ita.architecture.fixture.migration.V1__NamesAnEngineTableInAMigration;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package-by-capability layout honest as the code grows. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.ita");

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("th.ita.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                // The one exception by design: Spring Security must name the Vaadin login view.
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("services are used by views, processes and APIs alike")
                .check(classes);
    }

    @Test
    void viewsDoNotTalkToTheEngineOrTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..", "org.springframework.jdbc..")
                .because("views go through the services, which check access and own the transactions")
                .check(classes);
    }

    /** Convention 13: a URL a user typed must never lead the server inside its own network, whoever fetches it. */
    @Test
    void onlyTheOutboundPolicyMakesHttpClients() {
        noClasses().that().resideOutsideOfPackage("th.ita.outbound..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..",
                        "org.springframework.web.reactive.function.client..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("okhttp3.OkHttpClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.hc.client5.http.impl.classic.HttpClients")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.hc.client5.http.impl.classic.HttpClientBuilder")
                .because("th.ita.outbound builds every HTTP client, with the address checks (OutboundPolicy)")
                .check(classes);
    }

    /** SecurityConfig leaves Spring's pre/post advisors off (they cost every start-up): such an annotation would be ignored. */
    @Test
    void methodSecurityIsRolesAllowedOnly() {
        noMethods().should().beMetaAnnotatedWith(PreAuthorize.class).orShould().beMetaAnnotatedWith(PostAuthorize.class)
                .orShould().beMetaAnnotatedWith(PreFilter.class).orShould().beMetaAnnotatedWith(PostFilter.class)
                .because("access is @RolesAllowed (RolesAllowedOnControllers) and the services' own checks")
                .check(classes);
        noClasses().should().beMetaAnnotatedWith(PreAuthorize.class).orShould().beMetaAnnotatedWith(PostAuthorize.class)
                .because("access is @RolesAllowed (RolesAllowedOnControllers) and the services' own checks")
                .check(classes);
    }

    // Issue 25: th.ita.workflow is the only door to the engine. Each rule also runs against a fixture that breaks it
    // (src/test/java/th/ita/architecture/fixture), so a rule that stopped seeing anything fails instead of passing.

    /** An engine table's name as it appears in SQL: {@code ACT_RU_TASK}, {@code ACT_HI_PROCINST}, ... */
    private static final Pattern ENGINE_TABLE = Pattern.compile("\\bACT_[A-Z_]+\\b");

    static final ArchRule ONLY_WORKFLOW_USES_ENGINE_INTERNALS = noClasses()
            .that().resideOutsideOfPackage("th.ita.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..",
                    "org.camunda.bpm.spring.boot.starter..")
            .because("th.ita.workflow is the one door to the engine: the engine's internals (org.camunda.bpm.engine.impl,"
                    + " which change between versions and are renamed in a fork such as Operaton) and the Spring Boot"
                    + " starter's classes (our engine set-up) are used there only; the public API (the services,"
                    + " DelegateTask, DelegateExecution, JavaDelegate) and the REST module's documented authentication"
                    + " hook (org.camunda.bpm.engine.rest.security.auth) stay open to every feature");

    @Test
    void onlyTheWorkflowPackageUsesTheEngineInternals() {
        ONLY_WORKFLOW_USES_ENGINE_INTERNALS.check(classes);
    }

    @Test
    void theInternalsRuleCatchesAClassThatReachesIn() {
        var fixture = new ClassFileImporter().importClasses(ReachesIntoEngineInternals.class);
        assertThrows(AssertionError.class, () -> ONLY_WORKFLOW_USES_ENGINE_INTERNALS.check(fixture));
    }

    /**
     * ArchUnit does not see string constants, so the compiled main classes' constant pools are read: an SQL statement
     * (a literal, a text block, a constant folded into another class) is there, comments are not. Flyway's Java
     * migrations ({@code V<n>__...}, or a {@code migration} package) record what was done to the database once and
     * may name the engine's tables.
     */
    @Test
    void noClassOutsideWorkflowNamesAnEngineTable() throws IOException, URISyntaxException {
        Path main = Path.of(ItaApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(engineTablesNamedOutsideWorkflow(main, "th/ita"))
                .as("SQL on the engine's ACT_* tables belongs behind a named method of th.ita.workflow")
                .isEmpty();
    }

    @Test
    void theTableRuleCatchesAConstantAndSparesMigrations() throws IOException, URISyntaxException {
        Path tests = Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = engineTablesNamedOutsideWorkflow(tests, "th/ita/architecture/fixture");
        assertThat(found).anyMatch(hit -> hit.contains(NamesAnEngineTable.class.getSimpleName()) && hit.contains("ACT_RU_TASK"));
        assertThat(found).noneMatch(hit -> hit.contains(V1__NamesAnEngineTableInAMigration.class.getSimpleName()));
    }

    /**
     * "class file: ACT_TABLE" for each engine table named in a class under {@code under} of the class path root
     * {@code classes}, outside workflow and the migrations.
     */
    static List<String> engineTablesNamedOutsideWorkflow(Path classes, String under) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve(under))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (isExempt(name)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (String constant : stringConstants(in)) {
                        Matcher table = ENGINE_TABLE.matcher(constant);
                        while (table.find()) {
                            hits.add(name + ": " + table.group());
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static boolean isExempt(String classFile) {
        String simpleName = classFile.substring(classFile.lastIndexOf('/') + 1);
        return classFile.startsWith("th/ita/workflow/") || classFile.contains("/migration/")
                || simpleName.matches("V\\d+(_\\d+)*__.*");
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4), which hold every string literal of the class. */
    static List<String> stringConstants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> utf8 = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    index++; // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }
}
