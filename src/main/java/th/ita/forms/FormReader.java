package th.ita.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a form-js schema into a {@link FormDefinition}. Whatever our UI would render differently from
 * Camunda Tasklist (an unknown component, options from a FEEL expression, a time picker) is refused here,
 * naming the file, so the gap shows up in a test instead of in front of a user.
 */
final class FormReader {

    /** Layout-only components: nothing to enter; a group's children are read as if they stood alone. */
    private static final Set<String> LAYOUT_TYPES = Set.of("group", "spacer", "separator");
    private static final Set<String> UNSUPPORTED_PROPERTIES = Set.of("valuesExpression", "path");

    private final ObjectMapper json;

    FormReader(ObjectMapper json) {
        this.json = json;
    }

    FormDefinition read(String fileName, InputStream in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new FormDefinitionException("Form " + fileName + " is not valid JSON: " + e.getMessage(), e);
        }
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw new FormDefinitionException("Form " + fileName + " has no id");
        }
        List<FormField> fields = new ArrayList<>();
        readComponents(fileName, root.path("components"), fields);
        return new FormDefinition(id, fields);
    }

    private void readComponents(String fileName, JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            String type = text(component, "type");
            if (LAYOUT_TYPES.contains(type)) {
                refuseUnsupportedProperties(fileName, component, type);
                readComponents(fileName, component.path("components"), fields);
                continue;
            }
            FieldType fieldType = FieldType.of(type).orElseThrow(() -> new FormDefinitionException(
                    "Form " + fileName + " uses component type '" + type + "' (" + describe(component)
                            + "), which the Vaadin form renderer does not support"));
            fields.add(field(fileName, component, fieldType));
        }
    }

    private FormField field(String fileName, JsonNode c, FieldType type) {
        refuseUnsupportedProperties(fileName, c, type.formJsType());
        String key = text(c, "key");
        if (type.isInput() && (key == null || key.isBlank())) {
            throw new FormDefinitionException("Form " + fileName + ": " + describe(c) + " has no key");
        }
        String label = text(c, "label");
        if (type == FieldType.DATETIME) {
            String subtype = c.path("subtype").asText("date");
            if (!"date".equals(subtype)) {
                throw new FormDefinitionException("Form " + fileName + ": datetime field " + key + " has subtype '"
                        + subtype + "'; only 'date' is supported");
            }
            label = text(c, "dateLabel") != null ? text(c, "dateLabel") : label;
        }
        if (type == FieldType.TEXT) {
            label = text(c, "text");
        }
        JsonNode validate = c.path("validate");
        if (validate.has("validationType") && !validate.path("validationType").asText("").isEmpty()) {
            throw new FormDefinitionException("Form " + fileName + ": field " + key + " uses validationType '"
                    + validate.path("validationType").asText() + "', which is not supported");
        }
        return new FormField(key, type, label, validate.path("required").asBoolean(false),
                integer(validate, "minLength"), integer(validate, "maxLength"),
                decimal(validate, "min"), decimal(validate, "max"), text(validate, "pattern"),
                options(c.path("values")), text(c, "valuesKey"), defaultValue(c.get("defaultValue")),
                readonly(fileName, c), hideCondition(c), text(c, "description"));
    }

    private static void refuseUnsupportedProperties(String fileName, JsonNode c, String type) {
        for (String property : UNSUPPORTED_PROPERTIES) {
            if (c.hasNonNull(property) && !c.path(property).asText("").isEmpty()) {
                throw new FormDefinitionException("Form " + fileName + ": " + type + " " + describe(c) + " uses '"
                        + property + "', which is not supported");
            }
        }
    }

    private static boolean readonly(String fileName, JsonNode c) {
        JsonNode readonly = c.has("readonly") ? c.get("readonly") : c.path("disabled");
        if (readonly.isTextual()) {
            // A FEEL read-only condition would need re-evaluation on every change, like hide; no form needs it yet.
            throw new FormDefinitionException("Form " + fileName + ": " + describe(c)
                    + " has a read-only expression, which is not supported");
        }
        return readonly.asBoolean(false);
    }

    private static String hideCondition(JsonNode c) {
        String hide = text(c.path("conditional"), "hide");
        if (hide == null || hide.isBlank()) {
            return null;
        }
        String expression = hide.strip();
        return expression.startsWith("=") ? expression.substring(1).strip() : expression;
    }

    private static List<Option> options(JsonNode values) {
        List<Option> options = new ArrayList<>();
        for (JsonNode v : values) {
            options.add(new Option(v.path("label").asText(), v.path("value").asText()));
        }
        return options;
    }

    private static Object defaultValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asInt();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : new BigDecimal(value.asText());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String describe(JsonNode c) {
        String key = text(c, "key");
        return key != null ? "field '" + key + "'" : "component '" + text(c, "id") + "'";
    }
}
