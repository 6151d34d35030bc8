package th.ita.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The step type says what the BPMN and the forms say: if either changes, this fails before a screen does. */
class MeasureStepTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyUserTaskOfTheMeasureHasAStep_withTheFormItsTaskNames_andItsCandidateGroups() throws IOException {
        Map<String, UserTask> tasks = userTasks();

        assertThat(tasks.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(MeasureStep.values()).map(MeasureStep::taskKey).toList());
        for (MeasureStep step : MeasureStep.values()) {
            UserTask task = tasks.get(step.taskKey());
            assertThat(step.formId()).as("formRef of %s", step.taskKey()).isEqualTo(task.getCamundaFormRef());
            String expected = step.candidates().perDivision() ? step.candidates().group("${division}")
                    : step.candidates().group(null);
            assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", step.taskKey()).isEqualTo(expected);
        }
    }

    @Test
    void aStepWritesTheFieldsOfItsForm_andDecidesWhatItsFormOffers() throws IOException {
        for (MeasureStep step : MeasureStep.values()) {
            JsonNode form = form(step.formId());
            List<String> keys = new ArrayList<>();
            form.get("components").forEach(field -> {
                if (field.hasNonNull("key")) {
                    keys.add(field.get("key").asText());
                }
            });
            assertThat(step.fields()).as("fields of %s", step).containsExactlyElementsOf(keys);
            if (step.decides()) {
                JsonNode radio = field(form, step.decisionField());
                List<String> offered = new ArrayList<>();
                radio.get("values").forEach(value -> offered.add(value.get("value").asText()));
                assertThat(step.decisions()).extracting(Decision::name).as("decisions of %s", step)
                        .containsExactlyElementsOf(offered);
                assertThat(keys).contains(step.reasonField());
            } else {
                assertThat(step.decisionField()).isNull();
            }
        }
    }

    @Test
    void eachStepHasItsOwnFilterName_andIsFoundByIt() {
        assertThat(Arrays.stream(MeasureStep.values()).map(MeasureStep::filterName).collect(Collectors.toSet()))
                .hasSize(MeasureStep.values().length);
        for (MeasureStep step : MeasureStep.values()) {
            assertThat(MeasureStep.byFilterName(step.filterName())).contains(step);
            assertThat(MeasureStep.of(step.taskKey())).contains(step);
        }
        assertThat(MeasureStep.of("Task_DraftPlan")).isEmpty();
        assertThat(MeasureStep.byFilterName("all")).isEmpty();
    }

    @Test
    void onlyTheDivisionsWorkIsHandedToAMemberOfTheDivision() {
        assertThat(Arrays.stream(MeasureStep.values()).filter(MeasureStep::handedOutInDivision))
                .containsExactly(MeasureStep.DIVISION_WORK);
    }

    private static Map<String, UserTask> userTasks() throws IOException {
        BpmnModelInstance model;
        try (InputStream in = resource("bpmn/" + ImprovementMeasureProcess.KEY + ".bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        return model.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, task -> task));
    }

    private static JsonNode form(String formId) throws IOException {
        try (InputStream in = resource("forms/" + formId + ".form")) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode field : form.get("components")) {
            if (key.equals(field.path("key").asText())) {
                return field;
            }
        }
        throw new AssertionError("no field " + key);
    }

    private static InputStream resource(String path) {
        InputStream in = MeasureStepTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
