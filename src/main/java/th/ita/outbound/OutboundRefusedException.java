package th.ita.outbound;

import th.ita.shared.UserInputException;

/** A URL or website domain a person entered that the server will never fetch; the message says why, in Thai. */
public class OutboundRefusedException extends UserInputException {

    public OutboundRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
