package th.ita.evidence.ui;

import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.HttpServletResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import th.ita.evidence.EvidenceContent;
import th.ita.evidence.EvidenceService;
import th.ita.security.CurrentUserProvider;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves one evidence file, reading its bytes only when the browser asks. Whatever the caller wants, a file is
 * shown in place only if its bytes are a raster image or a PDF; everything else goes out as an attachment.
 * Every response says {@code nosniff} and carries a policy that allows no script, so an uploaded HTML page or
 * SVG can never run in the application's origin.
 */
public final class EvidenceDownload implements DownloadHandler {

    /** Reads the signed-in user from the request's security context; it holds no state. */
    private static final CurrentUserProvider USERS = new CurrentUserProvider();

    private final transient EvidenceService evidenceService;
    private final UUID evidenceId;
    private final boolean inline;

    private EvidenceDownload(EvidenceService evidenceService, UUID evidenceId, boolean inline) {
        this.evidenceService = evidenceService;
        this.evidenceId = evidenceId;
        this.inline = inline;
    }

    public static EvidenceDownload attachment(EvidenceService evidenceService, UUID evidenceId) {
        return new EvidenceDownload(evidenceService, evidenceId, false);
    }

    /** Shown in place if the bytes allow it, an attachment otherwise. */
    public static EvidenceDownload inline(EvidenceService evidenceService, UUID evidenceId) {
        return new EvidenceDownload(evidenceService, evidenceId, true);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        // The user of this request, not of the page that made the link: the file's organisation is checked again.
        Optional<EvidenceContent> found = evidenceService.download(evidenceId, USERS.require());
        if (found.isEmpty()) {
            event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceContent content = found.get();
        boolean showInline = inline && content.mayShowInline();
        VaadinResponse response = event.getResponse();
        response.setContentType(content.servedType());
        response.setContentLengthLong(content.bytes().length);
        response.setHeader("Content-Disposition", EvidenceContent.contentDisposition(showInline, content.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", content.contentSecurityPolicy(showInline));
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = event.getOutputStream()) {
            out.write(content.bytes());
        }
    }
}
