package th.ita.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Thai and English bundles say the same things, and every step of every process has a name in both. */
class MessageBundlesTest {

    private static final Pattern USER_TASK_ID = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");

    @Test
    void thaiAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> thai = keys("messages_th.properties");
        Set<String> english = keys("messages_en.properties");

        assertThat(difference(thai, english)).as("keys only in Thai").isEmpty();
        assertThat(difference(english, thai)).as("keys only in English").isEmpty();
    }

    @Test
    void everyUserTaskHasAStepName() throws IOException {
        Set<String> taskIds = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = USER_TASK_ID.matcher(Files.readString(file));
                while (m.find()) {
                    taskIds.add(m.group(1));
                }
            }
        }
        assertThat(taskIds).contains("Task_DivisionWork", "Task_SignOffReport");

        for (String bundle : new String[] {"messages_th.properties", "messages_en.properties"}) {
            Set<String> keys = keys(bundle);
            assertThat(taskIds).as(bundle).allSatisfy(id -> assertThat(keys).contains("step." + id));
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
