package th.ita.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * The evidence column's text: a JSON array of {@link CoveredEvidence} in {@link CoveredEvidence#ORDER}, written by
 * a plain mapper (not the application's, whose settings could change) so the same items always give the same text.
 */
final class EvidenceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<CoveredEvidence>> LIST = new TypeReference<>() {
    };

    private EvidenceJson() {
    }

    static String write(List<CoveredEvidence> items) {
        try {
            return MAPPER.writeValueAsString(items.stream().sorted(CoveredEvidence.ORDER).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence items are plain strings", e);
        }
    }

    static List<CoveredEvidence> read(String json) {
        try {
            return MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            // A tampered column: the chain check reports the row; the list shows nothing for it.
            return List.of();
        }
    }
}
