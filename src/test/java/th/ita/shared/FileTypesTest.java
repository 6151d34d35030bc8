package th.ita.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    @Test
    void findsTheTypeInTheBytesWhateverTheName() {
        assertThat(FileTypes.detect(PNG, "scores.csv")).isEqualTo("image/png");
        assertThat(FileTypes.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("image/svg+xml");
    }

    @Test
    void takesTheNameAsAHintWhereTheBytesCannotTell() {
        byte[] csv = "indicator,score\n1,83.09\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypes.detect(csv, "ban-tan-2565.csv")).isEqualTo("text/csv");
        assertThat(FileTypes.detect(csv)).isEqualTo("text/plain");
    }
}
