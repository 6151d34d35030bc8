package th.ita.outbound;

import java.net.UnknownHostException;

/**
 * A host the server will not connect to: it resolves to an address inside (see {@link PublicAddresses}). An
 * {@link UnknownHostException}, so an HTTP client that asked its resolver treats it as a host it cannot reach and
 * never opens a connection.
 */
public class RefusedAddressException extends UnknownHostException {

    public RefusedAddressException(String host, String why) {
        super(host + ": " + why);
    }
}
