package th.ita.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Vaadin renderer would show differently from Tasklist is refused while reading, naming the file. */
class FormReaderTest {

    private final FormReader reader = new FormReader(new ObjectMapper());

    @Test
    void groupChildrenAreReadAsFields_andLayoutComponentsAreSkipped() {
        FormDefinition form = read("""
                {"id": "grouped", "components": [
                  {"type": "group", "label": "ส่วนที่ 1", "components": [
                    {"type": "textfield", "key": "a", "label": "ก"},
                    {"type": "spacer"},
                    {"type": "checkbox", "key": "b", "label": "ข"}]},
                  {"type": "separator"},
                  {"type": "datetime", "subtype": "date", "key": "c", "dateLabel": "วันที่"}]}""");

        assertThat(form.fields()).extracting(FormField::key).containsExactly("a", "b", "c");
        assertThat(form.field("c").orElseThrow().label()).isEqualTo("วันที่");
    }

    @Test
    void datetimeOtherThanDate_isRefused() {
        assertThatThrownBy(() -> read("""
                {"id": "x", "components": [{"type": "datetime", "subtype": "datetime", "key": "when"}]}"""))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("test.form").hasMessageContaining("'datetime'")
                .hasMessageContaining("when");
    }

    @Test
    void optionsFromAFeelExpression_areRefused() {
        assertThatThrownBy(() -> read("""
                {"id": "x", "components": [{"type": "select", "key": "s", "valuesExpression": "=options"}]}"""))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("valuesExpression");
    }

    @Test
    void invalidFeelHideCondition_failsLoadingNamingTheField() {
        assertThatThrownBy(() -> new FormDefinitions("classpath*:forms-invalid-feel/*.form", new FormConditions()))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("bad-feel.form").hasMessageContaining("reason");
    }

    @Test
    void hideConditionThatCannotBeEvaluated_hidesNothing() {
        FormField field = new FormField("f", FieldType.TEXTFIELD, "f", true, null, null, null, null, null, null, null,
                null, false, "count(x) > 1", null);

        assertThat(new FormConditions().isHidden(field, Map.of("x", "not a list"))).isFalse();
    }

    private FormDefinition read(String json) {
        return reader.read("test.form", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
