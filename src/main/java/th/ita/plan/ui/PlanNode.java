package th.ita.plan.ui;

import java.util.List;

/** A row of the plan tree: instrument → weaknesses / approaches / measures → items. */
record PlanNode(String text, String divisions, String status, List<PlanNode> children) {

    static PlanNode group(String text, List<PlanNode> children) {
        return new PlanNode(text, "", "", children);
    }

    static PlanNode leaf(String text) {
        return new PlanNode(text, "", "", List.of());
    }
}
