package th.ita.operations;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import th.ita.ItaApplication;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image profile as the pom configures Jib (the build itself needs a registry or a local base image, see
 * docs/OPERATIONS.md): not root, the application's port, configured by environment variables the application reads,
 * a JVM sized by the container, and bound to no phase so that no other build pays for it.
 */
class ImageProfileTest {

    static Element pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
    }

    static Element jib() throws Exception {
        Element profile = children(child(pom(), "profiles").orElseThrow(), "profile").stream()
                .filter(p -> text(p, "id").equals("image")).findFirst().orElseThrow();
        Element plugins = child(child(profile, "build").orElseThrow(), "plugins").orElseThrow();
        return children(plugins, "plugin").stream().filter(p -> text(p, "artifactId").equals("jib-maven-plugin"))
                .findFirst().orElseThrow();
    }

    /** The port the application listens on unless told otherwise: {@code server.port=${PORT:8080}}. */
    static String applicationPort() throws Exception {
        Matcher port = Pattern.compile("(?m)^server\\.port=\\$\\{PORT:(\\d+)}$")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        assertThat(port.find()).isTrue();
        return port.group(1);
    }

    static String projectVersion() throws Exception {
        return text(pom(), "version");
    }

    @Test
    void theImageRunsAsAnUnprivilegedUser_onTheApplicationsPort_fromTheJavaOfTheBuild() throws Exception {
        Element jib = jib();
        Element configuration = child(jib, "configuration").orElseThrow();
        Element container = child(configuration, "container").orElseThrow();
        String java = text(child(pom(), "properties").orElseThrow(), "java.version");

        assertThat(text(child(configuration, "from").orElseThrow(), "image")).isEqualTo("eclipse-temurin:" + java + "-jre");
        assertThat(text(child(configuration, "to").orElseThrow(), "image")).isEqualTo("ita-workflow:${project.version}");
        String user = text(container, "user");
        assertThat(user).matches("\\d+:\\d+");
        assertThat(Integer.parseInt(user.split(":")[0])).isPositive();
        assertThat(Integer.parseInt(user.split(":")[1])).isPositive();
        assertThat(texts(child(container, "ports").orElseThrow(), "port")).containsExactly(applicationPort());
        assertThat(text(container, "mainClass")).isEqualTo(ItaApplication.class.getName());
        assertThat(texts(child(container, "jvmFlags").orElseThrow(), "jvmFlag"))
                .contains("-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8")
                .anySatisfy(flag -> assertThat(flag).startsWith("-XX:MaxRAMPercentage="));
    }

    @Test
    void theImagesEnvironment_namesOnlyVariablesTheApplicationReads() throws Exception {
        Element environment = child(child(child(jib(), "configuration").orElseThrow(), "container").orElseThrow(),
                "environment").orElseThrow();
        ApplicationVariables variables = new ApplicationVariables();
        List<String> names = children(environment, null).stream().map(Element::getTagName).toList();

        assertThat(names).containsExactly("SPRING_PROFILES_ACTIVE").allSatisfy(name -> assertThat(variables.reads(name)).isTrue());
    }

    @Test
    void jibIsBoundToNoPhase() throws Exception {
        assertThat(child(jib(), "executions")).isEmpty();
    }

    static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElseThrow(() -> new AssertionError(name));
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().strip()).toList();
    }
}
