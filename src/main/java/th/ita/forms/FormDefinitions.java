package th.ita.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Camunda Forms the BPMN links with {@code camunda:formRef}, read once at start-up from
 * {@code forms/*.form} on the classpath: the same files Tasklist renders. A form that cannot be rendered
 * or validated as Tasklist would stops the application from starting, naming the file.
 */
@Component
public class FormDefinitions {

    public static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, FormDefinition> forms;

    @Autowired
    public FormDefinitions(FormConditions conditions) {
        this(LOCATION, conditions);
    }

    /** The forms at another location, e.g. a test's own. */
    public FormDefinitions(String locationPattern, FormConditions conditions) {
        this.forms = Collections.unmodifiableMap(load(locationPattern, conditions));
    }

    public Optional<FormDefinition> find(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    public Collection<FormDefinition> all() {
        return forms.values();
    }

    private static Map<String, FormDefinition> load(String locationPattern, FormConditions conditions) {
        FormReader reader = new FormReader(new ObjectMapper());
        Map<String, FormDefinition> loaded = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (Resource resource : resources(locationPattern)) {
            String fileName = resource.getFilename();
            FormDefinition form;
            try (InputStream in = resource.getInputStream()) {
                form = reader.read(fileName, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read form " + resource, e);
            }
            checkConditions(fileName, form, conditions);
            String other = files.putIfAbsent(form.id(), fileName);
            if (other != null) {
                throw new FormDefinitionException("Forms " + other + " and " + fileName + " have the same id " + form.id());
            }
            loaded.put(form.id(), form);
        }
        return loaded;
    }

    private static void checkConditions(String fileName, FormDefinition form, FormConditions conditions) {
        for (FormField field : form.fields()) {
            if (field.hasHideCondition()) {
                conditions.parseProblem(field.hideCondition()).ifPresent(problem -> {
                    throw new FormDefinitionException("Form " + fileName + ": hide condition of " + field.key()
                            + " is not valid FEEL: " + problem);
                });
            }
        }
    }

    private static Resource[] resources(String locationPattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(locationPattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list forms at " + locationPattern, e);
        }
    }
}
