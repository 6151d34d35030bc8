package th.ita.measure;

/** Published (synchronously, in the process's transaction) when a measure's process has opened its parts. */
public record MeasureOpened(String processInstanceId, Long planMeasureId) {
}
