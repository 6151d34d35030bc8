package th.ita.oit.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.NotFound;
import th.ita.oit.LastCheck;
import th.ita.oit.OitBoard;
import th.ita.assessment.OitItem;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitCarryOver;
import th.ita.oit.OitEstimate;
import th.ita.oit.OitMapping;
import th.ita.oit.OitMove;
import th.ita.oit.OitCsv;
import th.ita.oit.OitService;
import th.ita.oit.OitUrl;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
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

    /**
     * The whole board: which framework it follows ({@code frameworkYear}; {@code provisional} with a stand-in year's
     * or an unconfirmed framework), the mapping waiting for the coordinator's confirmation (null when none), the items
     * and the estimated OIT score (null when the framework has no scoring rule).
     */
    public record BoardJson(int fiscalYear, int frameworkYear, boolean provisional, boolean standIn, MappingJson mapping,
                            EstimateJson estimate, List<ItemJson> items) {
    }

    public record MappingJson(int fromFrameworkYear, int toFrameworkYear, List<PairJson> pairs, List<String> unmatched) {
    }

    public record PairJson(String from, String to, String reason) {
    }

    /** An estimate, never NACC's score: {@code provisional} when the scoring rule or the items are. */
    public record EstimateJson(BigDecimal score, boolean provisional, List<IndicatorJson> indicators, List<GainJson> gains) {
    }

    public record IndicatorJson(int indicator, String nameTh, BigDecimal score, int counted, int items) {
    }

    public record GainJson(String code, String title, int indicator, String state, BigDecimal points) {
    }

    public record MoveJson(int fromFrameworkYear, int moved, List<String> dropped) {
    }

    public record CarryOverJson(int fromYear, int copied, int kept) {
    }

    @GetMapping("/oit")
    public List<ItemJson> items(@PathVariable long id, @RequestParam String year) {
        return board(id, year).items().stream().map(OitController::json).toList();
    }

    @GetMapping("/oit/board")
    public BoardJson wholeBoard(@PathVariable long id, @RequestParam String year) {
        OitBoard board = board(id, year);
        return new BoardJson(board.fiscalYear().buddhistYear(), board.frameworkYear().buddhistYear(), board.provisional(),
                board.standIn(), board.mapping().map(OitController::json).orElse(null),
                board.estimation().map(OitController::json).orElse(null),
                board.items().stream().map(OitController::json).toList());
    }

    /** The coordinator confirms the mapping to the year's own framework: the answers move. */
    @PostMapping("/oit/mapping")
    public MoveJson confirmMapping(@PathVariable long id, @RequestParam String year) {
        OitMove move = NotFound.call(NOT_FOUND, () -> service.confirmMapping(id, FiscalYear.parse(year, "oit.field.year"),
                users.require()));
        return new MoveJson(move.fromFrameworkYear().buddhistYear(), move.moved(), move.dropped());
    }

    /** The coordinator's "ยกข้อมูลจากปีที่แล้ว": last year's URLs into this year's empty matching items. */
    @PostMapping("/oit/carry-over")
    public CarryOverJson carryOver(@PathVariable long id, @RequestParam String year) {
        OitCarryOver carried = NotFound.call(NOT_FOUND, () -> service.carryOver(id, FiscalYear.parse(year, "oit.field.year"),
                users.require()));
        return new CarryOverJson(carried.from().buddhistYear(), carried.copied(), carried.kept());
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

    private static MappingJson json(OitMapping mapping) {
        return new MappingJson(mapping.from().fiscalYear().buddhistYear(), mapping.to().fiscalYear().buddhistYear(),
                mapping.pairs().stream().map(p -> new PairJson(p.from().code(), p.to().code(), p.reason().name())).toList(),
                mapping.unmatched().stream().map(OitItem::code).toList());
    }

    private static EstimateJson json(OitEstimate estimate) {
        return new EstimateJson(estimate.score(), estimate.provisional(),
                estimate.indicators().stream().map(i -> new IndicatorJson(i.indicator(), i.nameTh(), i.score(), i.counted(),
                        i.items())).toList(),
                estimate.gains().stream().map(g -> new GainJson(g.code(), g.title(), g.indicator(), g.state().name(),
                        g.points())).toList());
    }

    private static ItemJson json(OitBoardItem item) {
        LastCheck check = item.lastCheck();
        return new ItemJson(item.code(), item.title(), item.indicator(), item.divisionCode(),
                item.urls().stream().map(OitUrl::url).toList(), item.explanation(), item.state().name(),
                check == null ? null : new CheckJson(check.status().name(), check.at(), check.httpStatus()),
                item.approved());
    }
}
