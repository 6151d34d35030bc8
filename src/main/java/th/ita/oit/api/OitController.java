package th.ita.oit.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.NotFound;
import th.ita.oit.LastCheck;
import th.ita.oit.OitBoard;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitCsv;
import th.ita.oit.OitService;
import th.ita.oit.OitUrl;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.FiscalYear;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The OIT readiness board over HTTP: the items of a year as JSON or as the CSV for ITAS, and a division's answer
 * to one item. The same service and checks as the board screen; another organisation is 404 like a missing one.
 */
@RestController
@PermitAll
@RequestMapping("/api/organisations/{id}")
public class OitController {

    private static final Set<String> NOT_FOUND = Set.of("oit.error.notFound");

    private final OitService service;
    private final OitCsv csv;
    private final CurrentUserProvider users;

    public OitController(OitService service, OitCsv csv, CurrentUserProvider users) {
        this.service = service;
        this.csv = csv;
        this.users = users;
    }

    public record CheckJson(String status, OffsetDateTime at, Integer httpStatus) {
    }

    public record ItemJson(String code, String title, int indicator, String division, List<String> urls,
                           String explanation, String state, CheckJson lastCheck, boolean approved) {
    }

    public record AnswerJson(List<String> urls, String explanation) {
    }

    @GetMapping("/oit")
    public List<ItemJson> items(@PathVariable long id, @RequestParam String year) {
        return board(id, year).items().stream().map(OitController::json).toList();
    }

    @GetMapping("/oit.csv")
    public ResponseEntity<byte[]> itemsCsv(@PathVariable long id, @RequestParam String year) {
        OitBoard board = board(id, year);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, OitCsv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(OitCsv.fileName(board)).build().toString())
                .body(csv.bytes(board));
    }

    /** A division's answer to one item (its URLs and explanation); 204. */
    @PutMapping("/oit/{code}")
    public ResponseEntity<Void> answer(@PathVariable long id, @PathVariable String code, @RequestParam String year,
                                       @RequestBody AnswerJson answer) {
        NotFound.run(NOT_FOUND, () -> service.answer(id, FiscalYear.parse(year, "oit.field.year"), code,
                answer.urls(), answer.explanation(), users.require()));
        return ResponseEntity.noContent().build();
    }

    private OitBoard board(long id, String year) {
        return NotFound.call(NOT_FOUND, () -> service.board(id, FiscalYear.parse(year, "oit.field.year"), users.require()));
    }

    private static ItemJson json(OitBoardItem item) {
        LastCheck check = item.lastCheck();
        return new ItemJson(item.code(), item.title(), item.indicator(), item.divisionCode(),
                item.urls().stream().map(OitUrl::url).toList(), item.explanation(), item.state().name(),
                check == null ? null : new CheckJson(check.status().name(), check.at(), check.httpStatus()),
                item.approved());
    }
}
