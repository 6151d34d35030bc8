package th.ita.forms;

/** One choice of a select or radio field: what the user reads and what the process receives. */
public record Option(String label, String value) {
}
