package th.ita.evidence;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceRoundsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2023, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void roundsCountTheTasksOfEachDivisionInUploadOrder_andTheLastRoundIsMarked() {
        List<Evidence> uploads = List.of(
                file("finance", "work-1", "ประกาศ.pdf", 0),
                file("works", "work-w", "ภาพถ่าย.jpg", 1),
                file("finance", "work-2", "ประกาศ.pdf", 2),
                file("finance", "work-2", "ภาพถ่าย.jpg", 2),
                file("finance", "work-3", "ประกาศ.pdf", 3));

        List<EvidenceVersion> versions = EvidenceRounds.of(uploads);

        assertThat(versions).extracting(EvidenceVersion::round).containsExactly(1, 1, 2, 2, 3);
        assertThat(versions).extracting(EvidenceVersion::latestRound).containsExactly(false, true, false, false, true);
        assertThat(versions).extracting(EvidenceVersion::fileVersion).containsExactly(1, 1, 2, 1, 3);
        assertThat(versions).extracting(EvidenceVersion::evidence).containsExactlyElementsOf(uploads);
    }

    @Test
    void sameFileNameInAnotherDivision_isNotAFurtherVersion() {
        List<EvidenceVersion> versions = EvidenceRounds.of(List.of(
                file("finance", "a", "หลักฐาน.pdf", 0), file("works", "b", "หลักฐาน.pdf", 0)));

        assertThat(versions).extracting(EvidenceVersion::fileVersion).containsExactly(1, 1);
        assertThat(versions).allSatisfy(v -> assertThat(v.latestRound()).isTrue());
    }

    @Test
    void noEvidence_noVersions() {
        assertThat(EvidenceRounds.of(List.of())).isEmpty();
    }

    private static Evidence file(String division, String taskId, String name, int minutes) {
        return new Evidence(UUID.randomUUID(), "pi", taskId, division, name, "application/pdf", 10,
                "0".repeat(64), division + ".officer", T0.plusMinutes(minutes), null);
    }
}
