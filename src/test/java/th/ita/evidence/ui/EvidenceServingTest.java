package th.ita.evidence.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.evidence.Evidence;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.support.KaribuTest;
import th.ita.support.TestPdf;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An officer's upload is shown to reviewers in our origin, so an SVG or HTML file must never render there: it is
 * never previewed and always served as an attachment, with nosniff and a no-script policy, whatever its name.
 */
class EvidenceServingTest extends KaribuTest {

    static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired EvidenceService evidenceService;
    @Autowired TaskService taskService;

    @Test
    void svgNamedLikeAPng_isNotPreviewed_andEveryFileIsServedWithNosniffAndANoScriptPolicy() throws Exception {
        String measure = measureService.start("หลักฐานปลอม " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        String task = taskService.createTaskQuery().processInstanceId(measure).singleResult().getId();
        measureTaskService.submitWork(task, "แนบไฟล์", List.of(new EvidenceFile("photo.png", SVG),
                new EvidenceFile("real.png", PNG), new EvidenceFile("ประกาศ.pdf", TestPdf.minimal("x"))),
                users.user("finance.officer"));

        login("finance.head");
        EvidencePreview preview = new EvidencePreview(evidenceService, measure, users.user("finance.head"));
        UI.getCurrent().add(preview);
        MockVaadin.clientRoundtrip();

        assertThat(_find(preview, Image.class)).extracting(Image::getAlt).map(a -> a.orElse(""))
                .containsExactly("real.png");
        assertThat(_find(preview, IFrame.class)).hasSize(1);

        Map<String, Map<String, String>> downloads = new HashMap<>();
        for (Anchor anchor : _find(preview, Anchor.class)) {
            downloads.put(anchor.getText(), serve(anchor.getHref()));
        }
        assertThat(downloads).containsOnlyKeys("photo.png", "real.png", "ประกาศ.pdf");
        downloads.values().forEach(headers -> {
            assertThat(headers.get("Content-Disposition")).startsWith("attachment; ");
            assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.get("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        });
        assertThat(downloads.get("photo.png").get("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(downloads.get("real.png").get("Content-Type")).isEqualTo("image/png");

        // Even asked for in place (as the preview's image and frame are), only raster images and PDF are inline.
        Evidence svg = evidenceService.forProcessInstance(measure).stream()
                .filter(e -> e.fileName().equals("photo.png")).findFirst().orElseThrow();
        Map<String, String> inlineSvg = serve(EvidenceDownload.inline(evidenceService, svg.id()));
        assertThat(inlineSvg.get("Content-Disposition")).startsWith("attachment; ");
        assertThat(inlineSvg.get("Content-Type")).isEqualTo("application/octet-stream");
        Map<String, String> framedPdf = serve(URI.create(_find(preview, IFrame.class).get(0).getSrc()).toString());
        assertThat(framedPdf.get("Content-Disposition")).startsWith("inline; ");
        assertThat(framedPdf.get("Content-Type")).isEqualTo("application/pdf");
        assertThat(framedPdf.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(framedPdf.get("Content-Security-Policy")).startsWith("default-src 'none';");
    }

    private Map<String, String> serve(String href) throws Exception {
        var resource = VaadinSession.getCurrent().getResourceRegistry().getResource(new URI(href)).orElseThrow();
        return serve((DownloadHandler) ((StreamResourceRegistry.ElementStreamResource) resource).getElementRequestHandler());
    }

    private static Map<String, String> serve(DownloadHandler handler) throws Exception {
        Map<String, String> headers = new HashMap<>();
        VaadinResponse response = mock(VaadinResponse.class);
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response).setHeader(anyString(), anyString());
        doAnswer(call -> headers.put("Content-Type", call.getArgument(0))).when(response).setContentType(anyString());
        DownloadEvent event = mock(DownloadEvent.class);
        when(event.getResponse()).thenReturn(response);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(event.getOutputStream()).thenReturn(body);
        handler.handleDownloadRequest(event);
        assertThat(body.size()).isPositive();
        return headers;
    }
}
