package th.ita;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.stereotype.Repository;
import th.ita.plan.PlanService;
import th.ita.shared.FloorViolationFixture;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Keeps the package-by-capability layout honest as the code grows. */
class ArchitectureTest {

    // Imported once for all rules (one import per test method took minutes on a busy machine).
    private static final JavaClasses classes = new ClassFileImporter()
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

    // ---- The floors (docs/ARCHITECTURE.md) ----

    /** A floor of the building: the capability packages (th.ita.<name>) on it. */
    record Floor(String name, String... capabilities) {
        String[] packages() {
            return Arrays.stream(capabilities).map(c -> "th.ita." + c + "..").toArray(String[]::new);
        }
    }

    /**
     * The floors, lowest first, read off the import graph (jdeps): a package uses its own floor and the floors below,
     * never one above. Inside a floor, packages may use each other; {@link #capabilitiesHaveNoCycles} keeps that a tree.
     * A new capability package must be put on a floor here (and in docs/ARCHITECTURE.md).
     */
    static final List<Floor> FLOORS = List.of(
            new Floor("Kernel", "shared"),
            new Floor("Base", "workflow", "people", "preferences", "api", "outbound"),
            new Floor("Doors", "security", "ui", "forms"),
            new Floor("Channels", "notification", "line", "operations"),
            new Floor("Organisation", "organisation", "division", "province", "acting"),
            new Floor("Records", "assessment", "evidence", "decision", "oit"),
            new Floor("Process", "measure", "plan"),
            new Floor("Work", "inbox", "task", "approval", "audit", "handoff", "report", "dashboard", "admin", "demo", "migration"));

    static LayeredArchitecture floors() {
        LayeredArchitecture floors = layeredArchitecture().consideringOnlyDependenciesInLayers()
                // th.ita.workflow is the engine door's new home; a floor may name a package before it exists.
                .withOptionalLayers(true);
        for (Floor floor : FLOORS) {
            floors = floors.layer(floor.name()).definedBy(floor.packages());
        }
        for (int i = 0; i < FLOORS.size() - 1; i++) {
            String[] above = FLOORS.subList(i + 1, FLOORS.size()).stream().map(Floor::name).toArray(String[]::new);
            floors = floors.whereLayer(FLOORS.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        return floors.whereLayer(FLOORS.get(FLOORS.size() - 1).name()).mayNotBeAccessedByAnyLayer()
                // Only the application class and the webapps' warm start live in th.ita itself.
                .ensureAllClassesAreContainedInArchitectureIgnoring("th.ita");
    }

    @Test
    void capabilitiesKeepToTheirFloors() {
        floors().because("a lower floor serves the floors above it and knows nothing of them (docs/ARCHITECTURE.md)")
                .check(classes);
    }

    /** The floor rule is not vacuous: the lowest floor reaching up to the process floor is caught. */
    @Test
    void aLowerFloorReachingUpBreaksTheFloorRule() {
        JavaClasses violation = new ClassFileImporter().importClasses(FloorViolationFixture.class, PlanService.class);

        assertThatThrownBy(() -> floors().check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FloorViolationFixture.class.getName())
                .hasMessageContaining(PlanService.class.getName());
    }

    // ---- SQL lives in repositories and read models ----

    /** Where SQL may be written: a repository or read model (by name or {@code @Repository}), the engine door, a migration. */
    static final DescribedPredicate<JavaClass> SQL_HOMES = DescribedPredicate.describe(
            "repositories (*Repository, @Repository), read models (*ReadModel, *Queries), th.ita.workflow, th.ita.migration",
            ArchitectureTest::isSqlHome);

    private static boolean isSqlHome(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        String name = outer.getSimpleName();
        return name.endsWith("Repository") || name.endsWith("ReadModel") || name.endsWith("Queries")
                || outer.isAnnotatedWith(Repository.class)
                || outer.getPackageName().startsWith("th.ita.workflow") || outer.getPackageName().startsWith("th.ita.migration");
    }

    /** Convention 12: a screen reads through its read model; services say what they want, a repository says how. */
    @Test
    void sqlIsWrittenOnlyInRepositoriesAndReadModels() {
        noClasses().that(DescribedPredicate.not(SQL_HOMES))
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class, JdbcOperations.class,
                        NamedParameterJdbcTemplate.class, NamedParameterJdbcOperations.class)
                .because("the SQL of a capability is found, counted (StatementCounter) and reviewed in one place")
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
