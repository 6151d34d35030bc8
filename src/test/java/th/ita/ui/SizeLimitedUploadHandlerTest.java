package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SizeLimitedUploadHandlerTest {

    private static final int LIMIT = 1024 * 1024;

    private final List<String> received = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final SizeLimitedUploadHandler handler = new SizeLimitedUploadHandler(LIMIT,
            (name, bytes) -> received.add(name + ":" + bytes.length), refused::add);

    @Test
    void endlessUpload_isCutOffJustPastTheLimit_andNothingIsKept() throws Exception {
        CountingStream endless = new CountingStream(Long.MAX_VALUE);
        // A client that lies about the size (or sends none) is stopped by what actually arrives.
        UploadEvent event = event("huge.pdf", -1, endless);

        handler.handleUploadRequest(event);

        assertThat(endless.read).isLessThanOrEqualTo(LIMIT + 64 * 1024L);
        assertThat(received).isEmpty();
        assertThat(refused).containsExactly("huge.pdf");
        verify(event.getRequest()).setAttribute(any(), any());
    }

    @Test
    void declaredSizeOverTheLimit_isRefusedBeforeReading() throws Exception {
        CountingStream stream = new CountingStream(LIMIT + 1L);

        handler.handleUploadRequest(event("big.pdf", LIMIT + 1L, stream));

        assertThat(stream.read).isZero();
        assertThat(refused).containsExactly("big.pdf");
    }

    @Test
    void fileOfExactlyTheLimit_isReceivedWhole() throws Exception {
        handler.handleUploadRequest(event("ok.pdf", -1, new ByteArrayInputStream(new byte[LIMIT])));

        assertThat(received).containsExactly("ok.pdf:" + LIMIT);
        assertThat(refused).isEmpty();
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
    }

    private static UploadEvent event(String name, long declaredSize, InputStream content) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        doAnswer(call -> {
            call.<Command>getArgument(0).execute();
            return null;
        }).when(ui).accessSynchronously(any(Command.class));
        when(event.getUI()).thenReturn(ui);
        when(event.getFileName()).thenReturn(name);
        when(event.getFileSize()).thenReturn(declaredSize);
        when(event.getInputStream()).thenReturn(content);
        when(event.getRequest()).thenReturn(mock(VaadinRequest.class));
        return event;
    }

    /** Zeros up to {@code length} bytes, counting what was read. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? (int) (0 * ++read) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            read += n;
            return n;
        }
    }
}
