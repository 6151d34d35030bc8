package th.ita.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every BPMN in bpmn/ against every form in forms/: each user task links a form that exists, and every variable
 * the decision after a user task reads is a field of that task's form, so a decision made in Camunda Tasklist (which
 * sets only the form's fields) routes the same as one made on our screens. Also: every element has a Thai name where
 * a reader needs one, and a shape in the diagram, so the file opens in Camunda Modeler as drawn.
 */
class ProcessFormFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9]*)\\s*==");

    @TestFactory
    Stream<DynamicTest> everyProcess() throws IOException {
        Map<String, Set<String>> fieldsByForm = formFields();
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(models).hasSizeGreaterThanOrEqualTo(2);
        return Stream.of(models).map(resource -> DynamicTest.dynamicTest(resource.getFilename(), () -> {
            BpmnModelInstance model;
            try (InputStream in = resource.getInputStream()) {
                model = Bpmn.readModelFromStream(in);
            }
            Bpmn.validateModel(model);
            checkUserTasks(model, fieldsByForm);
            checkDiagram(model);
        }));
    }

    private static void checkUserTasks(BpmnModelInstance model, Map<String, Set<String>> fieldsByForm) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formId = task.getCamundaFormRef();
            assertThat(fieldsByForm).as("form %s of %s", formId, task.getId()).containsKey(formId);
            assertThat(task.getName()).as("name of %s", task.getId()).isNotBlank();
            Set<String> fields = fieldsByForm.get(formId);
            for (String variable : variablesDecidedAfter(task)) {
                assertThat(fields).as("%s decides on %s, a field of form %s", task.getId(), variable, formId)
                        .contains(variable);
            }
        }
    }

    /** Variables compared in the conditions of the exclusive gateway right after the task. */
    private static Set<String> variablesDecidedAfter(UserTask task) {
        Set<String> variables = new HashSet<>();
        for (SequenceFlow out : task.getOutgoing()) {
            FlowNode next = out.getTarget();
            if (next instanceof ExclusiveGateway gateway) {
                for (SequenceFlow branch : gateway.getOutgoing()) {
                    ConditionExpression condition = branch.getConditionExpression();
                    if (condition != null) {
                        Matcher matcher = VARIABLE.matcher(condition.getTextContent());
                        while (matcher.find()) {
                            variables.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        return variables;
    }

    private static void checkDiagram(BpmnModelInstance model) {
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as("edge of %s", flow.getId()).contains(flow.getId());
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(drawn).as("shape of %s", node.getId()).contains(node.getId());
            boolean needsName = !(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway)
                    || node instanceof ExclusiveGateway;
            if (needsName && !(node instanceof org.camunda.bpm.model.bpmn.instance.StartEvent && isInner(node))) {
                assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            }
        }
    }

    private static boolean isInner(BaseElement node) {
        return node.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess;
    }

    private static Map<String, Set<String>> formFields() throws IOException {
        Map<String, Set<String>> fields = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode form = JSON.readTree(in);
                Set<String> keys = new HashSet<>();
                form.path("components").forEach(component -> {
                    if (component.hasNonNull("key")) {
                        keys.add(component.get("key").asText());
                    }
                });
                fields.put(form.path("id").asText(), keys);
            }
        }
        assertThat(fields).isNotEmpty();
        return fields;
    }
}
