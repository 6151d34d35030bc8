package th.ita.forms;

import java.util.List;
import java.util.Optional;

/** A Camunda Form as linked by {@code camunda:formRef}: its id and its components in display order. */
public record FormDefinition(String id, List<FormField> fields) {

    public FormDefinition {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> key.equals(f.key())).findFirst();
    }

    /** The fields the user fills in, in display order. */
    public List<FormField> inputFields() {
        return fields.stream().filter(f -> f.type().isInput()).toList();
    }
}
