package th.ita.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.shared.RequiredText;
import th.ita.workflow.EngineIdentityQueries;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * People by name and position for every screen, notice and document: one statement for a whole grid or report
 * (names from the engine's identity table, positions from ours), never one per row.
 */
@Service
public class People {

    static final int MAX_POSITION_LENGTH = 255;

    private final PersonPositionRepository positions;
    private final EngineIdentityQueries identities;

    People(PersonPositionRepository positions, EngineIdentityQueries identities) {
        this.positions = positions;
        this.identities = identities;
    }

    public PersonName name(String userId) {
        if (userId == null) {
            return PersonName.unknown(null);
        }
        return names(List.of(userId)).get(userId);
    }

    /** Every id asked for has an entry: an unknown id names itself. */
    public Map<String, PersonName> names(Collection<String> userIds) {
        List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, PersonName> result = new HashMap<>();
        ids.forEach(id -> result.put(id, PersonName.unknown(id)));
        // In slices: a report of a large organisation names a few hundred people, an IN list has limits.
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            identities.namesWithPositions(slice).forEach(user -> result.put(user.id(),
                    PersonName.fromParts(user.id(), user.firstName(), user.lastName(), user.position())));
        }
        return result;
    }

    /** Labels ("ชื่อ นามสกุล (ตำแหน่ง)") by id, for a grid or a document that shows many people. */
    public Map<String, String> labels(Collection<String> userIds) {
        Map<String, String> labels = new HashMap<>();
        names(userIds).forEach((id, name) -> labels.put(id, name.label()));
        return labels;
    }

    public Optional<String> position(String userId) {
        return positions.position(userId);
    }

    /** Sets or clears (blank) a person's position; the caller has checked who may. */
    @Transactional
    public void setPosition(String userId, String position) {
        String checked = RequiredText.optional(position, "person.field.position", MAX_POSITION_LENGTH);
        positions.delete(userId);
        if (checked != null) {
            positions.insert(userId, checked);
        }
    }
}
