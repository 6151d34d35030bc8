package th.ita.forms;

/** A form file our UI cannot render or validate as Camunda Tasklist would; raised at start-up, not at a user. */
public class FormDefinitionException extends RuntimeException {

    public FormDefinitionException(String message) {
        super(message);
    }

    public FormDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
