package th.ita.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/**
 * One element of the plan process's multi-instance collection: everything an {@code improvement-measure} process
 * starts with, taken from the frozen plan when the executive approves it. Each measure starts in a job of its own,
 * so the job finds its data here instead of re-reading the whole plan per measure.
 * <p>
 * Kept in the engine as a JSON string: a string variable needs no serialiser and no deserialisation allow-list,
 * and reads the same after a restart or on another node.
 */
record MeasureToStart(long planMeasureId, String title, List<String> divisions, LocalDate dueDate, String startedBy) {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    static MeasureToStart of(PlanMeasure measure, String approvedBy) {
        return new MeasureToStart(measure.id(), measure.text(), List.copyOf(measure.divisions()), measure.dueDate(),
                approvedBy);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("measure " + planMeasureId + " cannot be written as JSON", e);
        }
    }

    static MeasureToStart fromJson(String json) {
        try {
            return JSON.readValue(json, MeasureToStart.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a measure to start: " + json, e);
        }
    }
}
