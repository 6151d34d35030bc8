package th.ita.outbound;

import okhttp3.Call;
import okhttp3.EventListener;

import java.net.InetSocketAddress;
import java.net.Proxy;

/**
 * For clients built by a library on OkHttp (LINE's SDK), which resolves hosts itself: OkHttp tells this listener the
 * address it is about to connect to, and the listener refuses an address inside before the socket is opened. OkHttp
 * treats the refusal like a failed connection (the next address is tried, then the call fails with it).
 */
public final class CheckedConnections extends EventListener {

    private final OutboundPolicy policy;

    public CheckedConnections(OutboundPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        try {
            policy.checkConnection(call.request().url().host(), address.getAddress());
        } catch (RefusedAddressException refused) {
            // OkHttp's listener methods declare no exception (Kotlin), yet it handles an IOException thrown here as a
            // failed connection; any other exception would kill its dispatcher thread instead.
            throw CheckedConnections.<RuntimeException>sneaky(refused);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
