package th.ita;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BPMN rules that {@code bpmnlint} checks in {@code verify} (.bpmnlintrc), kept here too so that a build with
 * only a JDK, without Node, still guards them: flows merge in an explicit gateway, never in a task or an event
 * (bpmnlint's {@code fake-join}: such a merge reads like a join that waits for every flow, which it is not), and
 * every element is drawn, so the diagram still opens in Camunda Modeler.
 */
class BpmnMergesTest {

    @Test
    void flowsMergeOnlyInGateways() throws IOException {
        List<String> fakeJoins = new ArrayList<>();
        for (Resource file : processes()) {
            BpmnModelInstance model = read(file);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean taskOrEvent = node instanceof Activity || node instanceof Event;
                if (taskOrEvent && node.getIncoming().size() > 1) {
                    fakeJoins.add(file.getFilename() + ": " + node.getId() + " has " + node.getIncoming().size()
                            + " incoming flows");
                }
            }
        }
        assertThat(fakeJoins).as("tasks or events merging flows without a gateway").isEmpty();
    }

    @Test
    void everyFlowNodeAndSequenceFlowIsDrawn() throws IOException {
        for (Resource file : processes()) {
            BpmnModelInstance model = read(file);
            Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            model.getModelElementsByType(BpmnEdge.class)
                    .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
            List<String> undrawn = new ArrayList<>();
            model.getModelElementsByType(FlowNode.class).forEach(node -> undrawn.add(node.getId()));
            model.getModelElementsByType(SequenceFlow.class).forEach(flow -> undrawn.add(flow.getId()));
            undrawn.removeAll(drawn);
            assertThat(undrawn).as(file.getFilename() + ": elements without a shape or edge").isEmpty();
        }
    }

    private static Resource[] processes() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:bpmn/*.bpmn");
        assertThat(files).as("the processes in bpmn/").isNotEmpty();
        return files;
    }

    private static BpmnModelInstance read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
