package th.ita.oit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A link names an item whatever the case a year spells its codes in. */
class OitItemMatchTest {

    @Test
    void aLinkNamingO27_answersThe2568ItemO27_andTheLowerCaseCodeOfOtherYears() {
        assertThat(OitItemMatch.itemOf("https://www.example.go.th/ita/2568/o27.pdf", List.of("O26", "O27", "O28")))
                .contains("O27");
        assertThat(OitItemMatch.itemOf("https://www.example.go.th/ita/2568/O27.pdf", List.of("O27"))).contains("O27");
        assertThat(OitItemMatch.itemOf("https://www.example.go.th/oit/o43", List.of("o42", "o43"))).contains("o43");
        assertThat(OitItemMatch.itemOf("https://www.example.go.th/oit/o44", List.of("o42", "o43"))).isEmpty();
    }
}
