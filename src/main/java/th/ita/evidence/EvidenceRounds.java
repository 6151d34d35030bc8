package th.ita.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Numbers a measure's evidence by submission round. A round is one task of a division (each return creates a
 * new work task), counted per division in the order of the uploads; nothing is read from file names or
 * dates, so equal times or names cannot merge two rounds.
 */
final class EvidenceRounds {

    private EvidenceRounds() {
    }

    /** {@code evidence} in upload order (as the repository returns it); the result keeps that order. */
    static List<EvidenceVersion> of(List<Evidence> evidence) {
        Map<String, Map<String, Integer>> roundOfTask = new HashMap<>();
        for (Evidence item : evidence) {
            Map<String, Integer> rounds = roundOfTask.computeIfAbsent(division(item), d -> new HashMap<>());
            rounds.putIfAbsent(item.taskId(), rounds.size() + 1);
        }
        Map<String, Integer> uploadsOfName = new HashMap<>();
        List<EvidenceVersion> result = new ArrayList<>();
        for (Evidence item : evidence) {
            Map<String, Integer> rounds = roundOfTask.get(division(item));
            int round = rounds.get(item.taskId());
            int fileVersion = uploadsOfName.merge(division(item) + "/" + item.fileName(), 1, Integer::sum);
            result.add(new EvidenceVersion(item, round, round == rounds.size(), fileVersion));
        }
        return result;
    }

    private static String division(Evidence item) {
        return Objects.toString(item.divisionCode(), "");
    }
}
