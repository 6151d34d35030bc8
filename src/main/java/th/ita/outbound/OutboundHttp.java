package th.ita.outbound;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import java.time.Duration;

/**
 * HTTP clients that obey the policy. Redirects are never followed by the client: its caller checks each hop with
 * {@link OutboundPolicy#checkTarget} (and its own rules, such as staying on the organisation's website). No proxy
 * from the system properties either: a proxy would look the host up itself, past our checks.
 */
public final class OutboundHttp {

    private OutboundHttp() {
    }

    /**
     * A client for fetching pages: {@code timeout} for the connection and for each read, up to {@code maxConnections}
     * at once (two per host: the checker paces a host anyway).
     */
    public static CloseableHttpClient client(OutboundPolicy policy, Duration timeout, String userAgent, int maxConnections) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckedDnsResolver(policy))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(timeout))
                        .setSocketTimeout(Timeout.of(timeout))
                        .build())
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(2)
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(timeout))
                        .setResponseTimeout(Timeout.of(timeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .build();
    }
}
