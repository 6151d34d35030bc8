package th.ita.forms;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every form in forms/ — including the ones added after this test was written — loads as Tasklist would render it. */
class FormDefinitionsTest {

    private static final FormConditions CONDITIONS = new FormConditions();
    private static final FormDefinitions FORMS = new FormDefinitions(CONDITIONS);

    @TestFactory
    Stream<DynamicTest> everyFormFileLoads_withItsFileNameAsId() throws IOException {
        Resource[] files = resources(FormDefinitions.LOCATION);
        assertThat(files).isNotEmpty();
        assertThat(FORMS.all()).hasSize(files.length);
        return Arrays.stream(files).map(file -> DynamicTest.dynamicTest(file.getFilename(), () -> {
            String id = file.getFilename().replaceFirst("\\.form$", "");
            FormDefinition form = FORMS.find(id).orElseThrow(() -> new AssertionError(
                    file.getFilename() + " has an id other than its file name"));
            assertThat(form.inputFields()).isNotEmpty();
            assertThat(form.inputFields()).allSatisfy(field -> assertThat(field.label()).isNotBlank());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormRefOfTheBpmn_isALoadedForm() throws IOException {
        Pattern formRef = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
        return Arrays.stream(resources("classpath*:bpmn/*.bpmn")).flatMap(bpmn -> {
            Matcher m = formRef.matcher(read(bpmn));
            Stream.Builder<DynamicTest> tests = Stream.builder();
            while (m.find()) {
                String id = m.group(1);
                tests.add(DynamicTest.dynamicTest(bpmn.getFilename() + " → " + id,
                        () -> assertThat(FORMS.find(id)).as("form %s", id).isPresent()));
            }
            return tests.build();
        });
    }

    @Test
    void fieldsCarryTheirRulesOptionsAndHideCondition() {
        FormDefinition form = new FormDefinitions("classpath*:forms-test/*.form", CONDITIONS).find("validation-rules").orElseThrow();

        FormField name = form.field("projectName").orElseThrow();
        assertThat(name.type()).isEqualTo(FieldType.TEXTFIELD);
        assertThat(name.label()).isEqualTo("ชื่อโครงการ");
        assertThat(name.required()).isTrue();
        assertThat(name.minLength()).isEqualTo(2);
        assertThat(name.maxLength()).isEqualTo(10);
        assertThat(name.description()).isEqualTo("อย่างน้อย 2 ตัวอักษร");
        assertThat(form.field("decision").orElseThrow().values()).extracting(Option::value).containsExactly("ACCEPT", "RETURN");
        assertThat(form.field("reason").orElseThrow().hideCondition()).isEqualTo("decision != \"RETURN\"");
        assertThat(form.field("division").orElseThrow().valuesKey()).isEqualTo("divisions");
        assertThat(form.field("priority").orElseThrow().defaultValue()).isEqualTo("NORMAL");
        assertThat(form.field("letterNo").orElseThrow().readonly()).isTrue();
        assertThat(form.fields().get(0).type()).isEqualTo(FieldType.TEXT);
    }

    @Test
    void unsupportedComponentType_failsLoading_namingFileAndType() {
        assertThatThrownBy(() -> new FormDefinitions("classpath*:forms-unsupported/*.form", CONDITIONS))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("file-upload.form")
                .hasMessageContaining("'filepicker'")
                .hasMessageContaining("evidenceFile");
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
