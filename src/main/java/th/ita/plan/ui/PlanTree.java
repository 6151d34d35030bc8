package th.ita.plan.ui;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import th.ita.division.Division;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanSection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as the report's tables read: per instrument its weaknesses, its approaches and its measures, each
 * measure with its responsible divisions and where it stands.
 */
class PlanTree extends TreeGrid<PlanNode> {

    PlanTree(Plan plan, List<Division> divisions) {
        setId("plan-tree");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addHierarchyColumn(PlanNode::text).setHeader(getTranslation("plan.column.item")).setFlexGrow(4);
        addColumn(PlanNode::divisions).setHeader(getTranslation("plan.column.divisions")).setFlexGrow(2);
        addColumn(PlanNode::status).setHeader(getTranslation("plan.column.status")).setAutoWidth(true).setFlexGrow(0);

        Map<String, String> divisionNames = divisions.stream()
                .collect(Collectors.toMap(Division::code, d -> d.name(getLocale())));
        Map<Long, PlanMeasure> measures = plan.measures().stream()
                .collect(Collectors.toMap(PlanMeasure::id, Function.identity()));
        List<PlanNode> roots = plan.sections().stream().map(section -> section(section, measures, divisionNames)).toList();
        setItems(roots, PlanNode::children);
        roots.forEach(root -> expandRecursively(List.of(root), 1));
        setAllRowsVisible(true);
    }

    private PlanNode section(PlanSection section, Map<Long, PlanMeasure> measures, Map<String, String> divisionNames) {
        String title = getTranslation("plan.section", section.instrument())
                + (section.finding() == null ? "" : " — " + section.finding());
        return PlanNode.group(title, List.of(
                PlanNode.group(getTranslation("plan.weaknesses"), numbered(section.weaknesses())),
                PlanNode.group(getTranslation("plan.approaches"), numbered(section.approaches())),
                PlanNode.group(getTranslation("plan.measures"), section.measureIds().stream()
                        .map(measures::get).map(m -> measure(m, divisionNames)).toList())));
    }

    private PlanNode measure(PlanMeasure measure, Map<String, String> divisionNames) {
        String indicators = measure.indicators().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new PlanNode(measure.seq() + ". " + measure.text() + " (" + getTranslation("plan.indicators", indicators) + ")",
                measure.divisions().stream().map(code -> divisionNames.getOrDefault(code, code))
                        .collect(Collectors.joining(", ")),
                getTranslation("plan.measureStatus." + measure.status().name()), List.of());
    }

    private static List<PlanNode> numbered(List<String> texts) {
        return java.util.stream.IntStream.range(0, texts.size())
                .mapToObj(i -> PlanNode.leaf((i + 1) + ". " + texts.get(i))).toList();
    }
}
