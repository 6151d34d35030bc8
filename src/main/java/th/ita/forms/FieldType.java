package th.ita.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form-js component types our UI renders; any other type is refused when the forms are loaded. */
public enum FieldType {
    /** Static text (markdown in form-js); shown, never submitted or validated. */
    TEXT("text"),
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    /** Only the date subtype. */
    DATETIME("datetime");

    private final String formJsType;

    FieldType(String formJsType) {
        this.formJsType = formJsType;
    }

    public String formJsType() {
        return formJsType;
    }

    public boolean hasOptions() {
        return this == SELECT || this == RADIO;
    }

    /** Whether the user enters a value here (static text has none). */
    public boolean isInput() {
        return this != TEXT;
    }

    static Optional<FieldType> of(String formJsType) {
        return Arrays.stream(values()).filter(t -> t.formJsType.equals(formJsType)).findFirst();
    }
}
