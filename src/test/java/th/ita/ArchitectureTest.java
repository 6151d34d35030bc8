package th.ita;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
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
}
