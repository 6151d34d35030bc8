package th.ita.plan.ui;

import java.util.List;

/**
 * A row of the plan tree: instrument → weaknesses / approaches / measures → items. Identity, not value,
 * equality: the same measure appears under several instruments, and empty groups look alike.
 */
final class PlanNode {

    private final String text;
    private final String divisions;
    private final String status;
    private final List<PlanNode> children;

    PlanNode(String text, String divisions, String status, List<PlanNode> children) {
        this.text = text;
        this.divisions = divisions;
        this.status = status;
        this.children = List.copyOf(children);
    }

    static PlanNode group(String text, List<PlanNode> children) {
        return new PlanNode(text, "", "", children);
    }

    static PlanNode leaf(String text) {
        return new PlanNode(text, "", "", List.of());
    }

    String text() {
        return text;
    }

    String divisions() {
        return divisions;
    }

    String status() {
        return status;
    }

    List<PlanNode> children() {
        return children;
    }
}
