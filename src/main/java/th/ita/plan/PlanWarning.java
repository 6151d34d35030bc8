package th.ita.plan;

import java.util.List;

/** Something to look at before acting on a plan (nothing is refused by it), as a message key and its arguments. */
public record PlanWarning(String messageKey, List<String> arguments) {

    public PlanWarning {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
