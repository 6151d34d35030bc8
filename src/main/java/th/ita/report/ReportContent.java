package th.ita.report;

import th.ita.assessment.Assessment;
import th.ita.assessment.IndicatorResult;
import th.ita.decision.ChainStatus;
import th.ita.decision.CoveredEvidence;
import th.ita.decision.DecisionChain;
import th.ita.decision.DecisionRecord;
import th.ita.evidence.Evidence;
import th.ita.measure.Decision;
import th.ita.measure.PartOutcome;
import th.ita.oit.LastCheck;
import th.ita.oit.OitBoard;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitState;
import th.ita.oit.OitUrl;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanSection;
import th.ita.report.ReportDocument.Block;
import th.ita.report.ReportDocument.Cell;
import th.ita.report.ReportDocument.Merge;
import th.ita.shared.ThaiNumbers;

import th.ita.division.RoleNames;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Lays the report out as the seed report does: cover, the assessment results, the failing indicators with the
 * plan's guidelines, one table per instrument (weakness, approach, measure, responsible divisions, done / not
 * done with a √ per division), an appendix of the evidence of each measure, and an appendix of the year's OIT items
 * as they stand on the readiness board (in item order, as ITAS asks for them). Pure: data and texts in, blocks out.
 */
final class ReportContent {

    static final String CHECK = "√";
    /** Relative widths of a section table: weakness, approach, measure, divisions, done, not done. */
    static final List<Float> SECTION_COLUMNS = List.of(2.5f, 2.5f, 2.5f, 2.1f, 1.95f, 2.35f);
    /** Relative widths of the OIT appendix: code, title, division, URLs (wide enough for a whole address), state. */
    static final List<Float> OIT_COLUMNS = List.of(0.7f, 3.2f, 2.3f, 3.8f, 2.0f);
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
                    Locale.forLanguageTag("th-TH")).withChronology(ThaiBuddhistChronology.INSTANCE);

    /** Message text by key and arguments, in the report's language. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    private final ReportData data;
    private final Texts texts;
    private final ReportOptions options;
    private final List<Block> blocks = new ArrayList<>();

    private ReportContent(ReportData data, Texts texts, ReportOptions options) {
        this.data = data;
        this.texts = texts;
        this.options = options;
    }

    static ReportDocument build(ReportData data, Texts texts, ReportOptions options) {
        return new ReportContent(data, texts, options).build();
    }

    private ReportDocument build() {
        Plan plan = data.plan();
        cover(plan);
        blocks.add(new ReportDocument.PageBreak());
        data.assessment().ifPresentOrElse(this::results,
                () -> text(texts.get("report.results.none", year(plan.fiscalYear().previous().buddhistYear()))));
        heading(texts.get("report.improve.heading", year(plan.fiscalYear().buddhistYear())));
        int number = 1;
        for (PlanSection section : plan.sections()) {
            section(number++, section);
        }
        signature();
        appendix(plan);
        oitAppendix(plan);
        verificationAnnex(plan);
        return new ReportDocument(texts.get("report.title1"), List.copyOf(blocks), options.thaiDigits());
    }

    private void cover(Plan plan) {
        List<ReportDocument.Title> titles = List.of(
                new ReportDocument.Title(texts.get("report.title1"), true),
                new ReportDocument.Title(texts.get("report.title2"), true),
                new ReportDocument.Title(texts.get("report.title3", year(plan.fiscalYear().previous().buddhistYear())), true),
                new ReportDocument.Title(texts.get("report.title4", year(plan.fiscalYear().buddhistYear())), false));
        List<ReportDocument.Title> organisation = new ArrayList<>();
        organisation.add(new ReportDocument.Title(plan.organisation(), true));
        if (data.organisation() != null && data.organisation().district() != null) {
            organisation.add(new ReportDocument.Title(texts.get("report.place", data.organisation().district(),
                    data.organisation().province()), false));
        }
        blocks.add(new ReportDocument.Cover(data.emblem(), titles, List.copyOf(organisation),
                new ReportDocument.Title(texts.get("report.generatedAt", date(data.generatedAt())), false)));
    }

    /**
     * Where the executive signs, at the end of the body (before the appendices): the dotted line for the signature,
     * the name in brackets, the position, and the office acted for where the signer acts for another.
     */
    private void signature() {
        ReportSigner signer = data.signer();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("report.signature.sign"));
        lines.add(signer.name() == null ? texts.get("report.signature.nameBlank") : texts.get("report.signature.name", signer.name()));
        lines.add(signer.position() == null ? texts.get("report.signature.positionBlank")
                : texts.get("report.signature.position", signer.position()));
        if (signer.actingFor() != null) {
            lines.add(texts.get("report.signature.acting", signer.actingFor()));
        }
        blocks.add(new ReportDocument.Signature(List.copyOf(lines)));
    }

    private void results(Assessment assessment) {
        heading(texts.get("report.results.heading", year(assessment.fiscalYear().buddhistYear())));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header(texts.get("report.results.col.indicator")), Cell.header(texts.get("report.results.col.name")),
                Cell.header(texts.get("report.results.col.instrument")), Cell.header(texts.get("report.results.col.score")),
                Cell.header(texts.get("report.results.col.result"))));
        for (IndicatorResult result : assessment.indicators()) {
            rows.add(List.of(Cell.of(digits(result.code().toString())).centre(), Cell.of(result.indicator().nameTh()),
                    Cell.of(result.indicator().instrument()).centre(),
                    Cell.of(result.score() == null ? "-" : digits(result.score().toString())).centre(),
                    Cell.of(texts.get("report.results." + result.status().name().toLowerCase(Locale.ROOT))).centre()));
        }
        blocks.add(new ReportDocument.Table(List.of(1.2f, 4f, 1.2f, 1.2f, 1.6f), 1, rows));
        if (assessment.overallScore() != null || assessment.rating() != null) {
            text(texts.get("report.results.overall",
                    assessment.overallScore() == null ? "-" : digits(assessment.overallScore().toString()),
                    assessment.rating() == null ? "-" : assessment.rating().nameTh()));
        }
        if (!assessment.instrumentScores().isEmpty()) {
            // The year's rule may ask a minimum of each instrument: the report shows what the rating rests on.
            text(texts.get("report.results.instruments", String.join(", ", assessment.instrumentScores().stream()
                    .map(s -> s.code() + " " + digits(s.score().toString())).toList())));
        }
        failing(assessment);
    }

    private void failing(Assessment assessment) {
        heading(texts.get("report.failing.heading", digits(assessment.passMark().value().stripTrailingZeros().toPlainString())));
        List<IndicatorResult> failing = assessment.failing();
        if (failing.isEmpty()) {
            text(texts.get("report.failing.none"));
            return;
        }
        blocks.add(new ReportDocument.Table(List.of(1.5f, 3.5f, 2.5f), 0, failing.stream()
                .map(r -> List.of(Cell.of(texts.get("report.failing.indicator", digits(r.code().toString()))),
                        Cell.of(r.indicator().nameTh()),
                        Cell.of(texts.get("report.failing.score", digits(r.score().toString())))))
                .toList()));
        for (IndicatorResult result : failing) {
            List<String> guidelines = data.plan().guidelines().getOrDefault(result.code().value(), List.of());
            if (!guidelines.isEmpty()) {
                text(texts.get("report.guidelines", digits(result.code().toString()), result.indicator().nameTh()));
                numbered(guidelines).forEach(line -> blocks.add(new ReportDocument.Text(line, true)));
            }
        }
    }

    private void section(int number, PlanSection section) {
        heading(texts.get("report.section.heading", digits(Integer.toString(number)), section.instrument()));
        if (section.finding() != null && !section.finding().isBlank()) {
            text(section.finding());
        }
        Map<Long, PlanMeasure> measures = data.plan().measures().stream()
                .collect(Collectors.toMap(PlanMeasure::id, Function.identity()));
        List<PlanMeasure> listed = section.measureIds().stream().map(measures::get).filter(m -> m != null).toList();
        List<List<Cell>> rows = new ArrayList<>(sectionHeader());
        Cell weaknesses = Cell.lines(numbered(section.weaknesses()));
        Cell approaches = Cell.lines(numbered(section.approaches()));
        if (listed.isEmpty()) {
            rows.add(List.of(weaknesses, approaches, Cell.of(texts.get("report.section.noMeasures")), Cell.of(""),
                    Cell.of(""), Cell.of("")));
        }
        for (int i = 0; i < listed.size(); i++) {
            Merge merge = listed.size() == 1 ? Merge.NONE : i == 0 ? Merge.START : Merge.CONTINUE;
            Cell weakness = i == 0 ? weaknesses.merged(merge) : Cell.of("").merged(merge);
            Cell approach = i == 0 ? approaches.merged(merge) : Cell.of("").merged(merge);
            rows.add(measureRow(i + 1, listed.get(i), weakness, approach));
        }
        blocks.add(new ReportDocument.Table(SECTION_COLUMNS, 2, rows));
    }

    private List<List<Cell>> sectionHeader() {
        return List.of(
                List.of(Cell.header(texts.get("report.col.weakness")).merged(Merge.START),
                        Cell.header(texts.get("report.col.approach")).merged(Merge.START),
                        Cell.header(texts.get("report.col.measure")).merged(Merge.START),
                        Cell.header(texts.get("report.col.divisions")).merged(Merge.START),
                        Cell.header(texts.get("report.col.monitoring")).span(2)),
                List.of(Cell.header("").merged(Merge.CONTINUE), Cell.header("").merged(Merge.CONTINUE),
                        Cell.header("").merged(Merge.CONTINUE), Cell.header("").merged(Merge.CONTINUE),
                        Cell.header(texts.get("report.col.done")), Cell.header(texts.get("report.col.notDone"))));
    }

    /** One line per responsible division, its √ on the same line in the done or the not-done column. */
    private List<Cell> measureRow(int number, PlanMeasure measure, Cell weakness, Cell approach) {
        List<String> divisions = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        for (int i = 0; i < measure.divisions().size(); i++) {
            String code = measure.divisions().get(i);
            divisions.add(digits(Integer.toString(i + 1)) + "." + data.divisionName(code));
            PartOutcome.Outcome outcome = data.outcome(measure.id(), code);
            done.add(outcome == PartOutcome.Outcome.DONE ? CHECK : "");
            notDone.add(switch (outcome) {
                case DONE -> "";
                case WITHDRAWN -> CHECK + " " + texts.get("report.withdrawn");
                case OPEN, NOT_DONE -> CHECK;
            });
        }
        return List.of(weakness, approach, Cell.of(digits(Integer.toString(number)) + "." + measure.text()),
                Cell.lines(divisions), Cell.lines(done).centre(), Cell.lines(notDone).centre());
    }

    private void appendix(Plan plan) {
        blocks.add(new ReportDocument.PageBreak());
        heading(texts.get("report.appendix.heading"));
        for (PlanMeasure measure : plan.measures()) {
            text(texts.get("report.appendix.measure", digits(Integer.toString(measure.seq())), measure.text()));
            data.outcomes(measure.id()).stream()
                    .filter(PartOutcome::isDone).filter(o -> o.decidedBy() != null)
                    .map(o -> texts.get("report.appendix.approved", data.person(o.decidedBy()), date(o.decidedAt())))
                    .distinct().forEach(line -> blocks.add(new ReportDocument.Text(line, true)));
            decisions(data.decisions(measure.id()));
            List<Evidence> evidence = data.evidence(measure.id());
            if (evidence.isEmpty()) {
                blocks.add(new ReportDocument.Text(texts.get("report.appendix.none"), true));
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header(texts.get("report.appendix.col.no")), Cell.header(texts.get("report.appendix.col.evidence")),
                    Cell.header(texts.get("report.appendix.col.division")), Cell.header(texts.get("report.appendix.col.uploadedBy")), Cell.header(texts.get("report.appendix.col.date"))));
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
                rows.add(List.of(Cell.of(digits(Integer.toString(i + 1))).centre(), Cell.of(e.isLink() ? e.url() : e.fileName()),
                        Cell.of(e.divisionCode() == null ? "" : data.divisionName(e.divisionCode())),
                        Cell.of(data.person(e.uploadedBy())), Cell.of(date(e.uploadedAt()))));
            }
            blocks.add(new ReportDocument.Table(List.of(0.6f, 4.2f, 1.8f, 3.2f, 1.8f), 1, rows));
        }
    }

    /**
     * The OIT items of the plan's fiscal year, o1 to the last in the framework's order: the list the coordinator
     * enters into ITAS, with each item's division, URLs on the main website and state as on the readiness board.
     * Codes and URLs keep their Latin digits: they are identifiers, typed into ITAS as they are.
     */
    private void oitAppendix(Plan plan) {
        blocks.add(new ReportDocument.PageBreak());
        String year = year(plan.fiscalYear().buddhistYear());
        heading(texts.get("report.oit.heading", year));
        // The list below is the year's framework: a reader must know when it is not yet confirmed against NACC's manual.
        data.framework().filter(th.ita.assessment.Framework::provisional)
                .ifPresent(framework -> text(texts.get("report.oit.provisional", year)));
        if (data.oit().isEmpty()) {
            text(texts.get("report.oit.noFramework", year));
            return;
        }
        OitBoard board = data.oit().get();
        if (board.standIn()) {
            // NACC's framework of the year not loaded yet: the items are those of the year the board stands on.
            text(texts.get("report.oit.standIn", year, year(board.frameworkYear().buddhistYear())));
        }
        text(texts.get("report.oit.summary", digits(Long.toString(board.count(OitState.ALIVE))),
                digits(Integer.toString(board.items().size())), digits(Long.toString(board.count(OitState.ENTERED))),
                digits(Long.toString(board.count(OitState.BROKEN))), digits(Long.toString(board.count(OitState.MISSING)))));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header(texts.get("oit.column.code")), Cell.header(texts.get("oit.column.title")),
                Cell.header(texts.get("oit.column.division")), Cell.header(texts.get("oit.column.urls")),
                Cell.header(texts.get("oit.column.state"))));
        for (OitBoardItem item : board.items()) {
            rows.add(List.of(Cell.of(item.code()).centre(), Cell.of(item.titleWithRole(texts::get)),
                    Cell.of(item.divisionName() == null ? texts.get("oit.division.none") : item.divisionName()),
                    Cell.lines(item.urls().isEmpty() ? List.of("-") : item.urls().stream().map(OitUrl::url).toList()),
                    Cell.lines(state(item))));
        }
        blocks.add(new ReportDocument.Table(OIT_COLUMNS, 1, rows));
    }

    /** The board's state; a broken item also says what its failing URL answered and since when it was checked. */
    private List<String> state(OitBoardItem item) {
        String state = texts.get("oit.state." + item.state());
        LastCheck check = item.lastCheck();
        if (item.state() != OitState.BROKEN || check == null) {
            return List.of(state);
        }
        return List.of(state, texts.get(check.messageKey(), check.messageArguments()) + " "
                + texts.get("report.oit.checkedAt", date(check.at())));
    }

    /** The decider's role by its Thai name; "ผู้รักษาราชการแทน …" with whom they acted for, where they did. */
    private String actingOrRole(DecisionRecord d) {
        String role = RoleNames.of(d.role(), code -> data.divisionNames().getOrDefault(code, code), texts::get);
        return d.isActing() ? texts.get("decisions.actingFor", role, data.person(d.actingFor())) : role;
    }

    /**
     * One compact line per recorded approval (a head's acceptance, the coordinator's check, the executive's approval):
     * who, in which role, when, and how many evidence items it approved; their SHA-256 values and the state of the
     * chain are in the verification annex, for the few who check them.
     */
    private void decisions(List<DecisionRecord> decisions) {
        List<DecisionRecord> approvals = decisions.stream().filter(ReportContent::approves).toList();
        if (approvals.isEmpty()) {
            return;
        }
        text(texts.get("report.appendix.decisions"));
        for (DecisionRecord d : approvals) {
            int items = d.evidenceItems().size();
            blocks.add(new ReportDocument.Text(texts.get("report.appendix.decision", digits(Integer.toString(d.seq())),
                    step(d), texts.get("decisions.value." + d.decision()), data.person(d.decidedBy()),
                    actingOrRole(d), date(d.decidedAt().atOffset(ZoneOffset.UTC)),
                    items == 0 ? texts.get("decisions.evidence.none")
                            : texts.get("report.appendix.decisionEvidence", digits(Integer.toString(items)))), true));
        }
    }

    /**
     * ภาคผนวก ข: the SHA-256 of each evidence file and of each recorded decision, with how to check a file against its
     * value and what the hash chain means; per measure, then whether its decision chain is intact. Hashes are
     * identifiers: their digits stay Latin, as certutil and sha256sum print them.
     */
    private void verificationAnnex(Plan plan) {
        blocks.add(new ReportDocument.PageBreak());
        heading(texts.get("report.annex.heading"));
        text(texts.get("report.annex.intro"));
        blocks.add(new ReportDocument.Text(texts.get("report.annex.windows"), true));
        blocks.add(new ReportDocument.Text(texts.get("report.annex.linux"), true));
        text(texts.get("report.annex.chain"));
        boolean any = false;
        for (PlanMeasure measure : plan.measures()) {
            List<Evidence> evidence = data.evidence(measure.id());
            List<DecisionRecord> decisions = data.decisions(measure.id());
            if (evidence.isEmpty() && decisions.isEmpty()) {
                continue;
            }
            any = true;
            text(texts.get("report.appendix.measure", digits(Integer.toString(measure.seq())), measure.text()));
            if (!evidence.isEmpty()) {
                List<List<Cell>> rows = new ArrayList<>();
                rows.add(List.of(Cell.header(texts.get("report.appendix.col.no")),
                        Cell.header(texts.get("report.appendix.col.evidence")), Cell.header(texts.get("report.annex.col.sha256"))));
                for (int i = 0; i < evidence.size(); i++) {
                    Evidence e = evidence.get(i);
                    rows.add(List.of(Cell.of(digits(Integer.toString(i + 1))).centre(), Cell.of(e.isLink() ? e.url() : e.fileName()),
                            Cell.of(e.isLink() ? texts.get("report.annex.link") : e.sha256())));
                }
                blocks.add(new ReportDocument.Table(List.of(0.6f, 4.4f, 5.0f), 1, rows));
            }
            List<DecisionRecord> approvals = decisions.stream().filter(ReportContent::approves).toList();
            if (!approvals.isEmpty()) {
                List<List<Cell>> rows = new ArrayList<>();
                rows.add(List.of(Cell.header(texts.get("report.annex.col.seq")), Cell.header(texts.get("report.annex.col.decision")),
                        Cell.header(texts.get("report.annex.col.evidenceSha256")), Cell.header(texts.get("report.annex.col.rowHash"))));
                for (DecisionRecord d : approvals) {
                    List<String> hashes = d.evidenceItems().stream().map(CoveredEvidence::sha256).toList();
                    rows.add(List.of(Cell.of(digits(Integer.toString(d.seq()))).centre(),
                            Cell.of(step(d) + ": " + texts.get("decisions.value." + d.decision())),
                            hashes.isEmpty() ? Cell.of(texts.get("decisions.evidence.none")) : Cell.lines(hashes),
                            Cell.of(d.rowHash() == null ? "" : d.rowHash())));
                }
                blocks.add(new ReportDocument.Table(List.of(0.7f, 2.3f, 3.6f, 3.4f), 1, rows));
            }
            if (!decisions.isEmpty()) {
                ChainStatus chain = DecisionChain.check(decisions);
                blocks.add(new ReportDocument.Text(chain.isIntact()
                        ? texts.get("report.appendix.chainIntact", digits(Integer.toString(chain.records())))
                        : texts.get("report.appendix.chainBroken", digits(Integer.toString(chain.brokenAtSeq()))), true));
            }
        }
        if (!any) {
            text(texts.get("report.annex.none"));
        }
    }

    private String step(DecisionRecord d) {
        return texts.get("step." + d.step());
    }

    private static boolean approves(DecisionRecord record) {
        return Arrays.stream(Decision.values())
                .anyMatch(d -> !d.isReturn() && d.name().equals(record.decision()));
    }

    private List<String> numbered(List<String> items) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> texts.get("report.numbered", digits(Integer.toString(i + 1)), items.get(i))).toList();
    }

    private void heading(String text) {
        blocks.add(new ReportDocument.Heading(text));
    }

    private void text(String text) {
        blocks.add(new ReportDocument.Text(text, false));
    }

    private String year(int buddhistYear) {
        return digits(Integer.toString(buddhistYear));
    }

    private String date(OffsetDateTime time) {
        return time == null ? "" : digits(THAI_DATE.format(time.atZoneSameInstant(THAILAND)));
    }

    private String digits(String text) {
        return options.thaiDigits() ? ThaiNumbers.toThaiDigits(text) : text;
    }
}
