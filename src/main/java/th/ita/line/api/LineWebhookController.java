package th.ita.line.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import th.ita.line.LineWebhook;

/**
 * Where LINE delivers the events of an organisation's Official Account. Open to anyone (LINE signs in no other way):
 * the {@code X-Line-Signature} of the raw body, with the organisation's channel secret, is the only proof, and a
 * request without a valid one changes nothing. Answers 200 to every signed request, as LINE expects.
 */
@RestController
class LineWebhookController {

    private final LineWebhook webhook;

    LineWebhookController(LineWebhook webhook) {
        this.webhook = webhook;
    }

    @PostMapping(path = "/api/line/webhook/{organisationId}", consumes = "*/*")
    ResponseEntity<Void> receive(@PathVariable long organisationId,
                                 @RequestHeader(name = "X-Line-Signature", required = false) String signature,
                                 @RequestBody(required = false) byte[] body) {
        boolean accepted = webhook.receive(organisationId, signature, body == null ? new byte[0] : body);
        return accepted ? ResponseEntity.ok().build() : ResponseEntity.status(401).build();
    }
}
