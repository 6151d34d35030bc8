package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.apache.commons.fileupload2.core.FileUploadSizeException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives one uploaded file into memory and stops reading as soon as it passes the limit. The browser's own
 * check ({@code Upload#setMaxFileSize}) is a convenience an attacker skips; this is the check that counts, and
 * it never holds more than the limit (plus one buffer) in memory. The callbacks run in the UI's lock.
 */
public final class SizeLimitedUploadHandler implements UploadHandler {

    /** A file within the limit, whole. */
    public interface Received {
        void accept(String fileName, byte[] content);
    }

    /** A file over the limit; nothing of it is kept. */
    public interface TooLarge {
        void reject(String fileName);
    }

    private static final String REJECTED = SizeLimitedUploadHandler.class.getName() + ".rejected";
    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final Received received;
    private final TooLarge tooLarge;

    public SizeLimitedUploadHandler(long maxBytes, Received received, TooLarge tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        byte[] content = event.getFileSize() > maxBytes ? null : readAtMost(event);
        UI ui = event.getUI();
        if (content == null) {
            event.getRequest().setAttribute(REJECTED, Boolean.TRUE);
            ui.accessSynchronously(() -> tooLarge.reject(fileName));
        } else {
            ui.accessSynchronously(() -> received.accept(fileName, content));
        }
    }

    /** The bytes, or null once more than the limit has arrived (the rest is not read). */
    private byte[] readAtMost(UploadEvent event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = event.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + (long) read > maxBytes) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
        } catch (FileUploadSizeException e) {
            // Commons FileUpload stopped the part at getFileSizeMax(): the same refusal.
            return null;
        }
        return out.toByteArray();
    }

    /** Let the multipart parser stop the stream at the limit too. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** 413 for a refused file, so the upload component marks it failed instead of done. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(REJECTED) != null) {
            response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }
}
