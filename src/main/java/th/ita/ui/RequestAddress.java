package th.ita.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The application's address as the browser of the current request reached it: scheme, host, port (unless the
 * scheme's own) and context path. Behind a reverse proxy that is the proxy's address only where its forwarded headers
 * are trusted ({@code server.forward-headers-strategy}, ITA_FORWARD_HEADERS): this reads the request as Tomcat gives
 * it and never trusts such headers on its own, so that nobody can make a page show an address of their choosing.
 */
public final class RequestAddress {

    private RequestAddress() {
    }

    /** Without a trailing slash; fails outside a request, where there is no browser to ask. */
    public static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("no current request to take the application's address from");
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString()
                .replaceAll("/+$", "");
    }
}
