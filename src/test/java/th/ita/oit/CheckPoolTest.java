package th.ita.oit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The order in which a batch is fetched: hosts taken in turn, so pacing one host never idles the threads. */
class CheckPoolTest {

    @Test
    void aBatchIsInterleavedByHost_keepingEachHostsOwnOrder() {
        List<String> urls = List.of("http://a.go.th/1", "http://a.go.th/2", "http://a.go.th/3", "http://b.go.th/1",
                "http://B.go.th/2", "http://c.go.th/1", "not a url");

        assertThat(CheckPool.interleaved(urls, Function.identity())).containsExactly("http://a.go.th/1",
                "http://b.go.th/1", "http://c.go.th/1", "not a url", "http://a.go.th/2", "http://B.go.th/2",
                "http://a.go.th/3");
    }
}
