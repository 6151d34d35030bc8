package th.ita.evidence.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.Map;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import th.ita.people.People;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.evidence.Evidence;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.EvidenceVersion;

import java.util.List;

/**
 * The evidence of a measure, each file downloadable under its original name, with the submission round it came
 * with ("ฉบับที่ 2" after a return) and a mark on the division's latest round. Nothing is ever replaced: a file
 * uploaded again under the same name is listed as a further version with its own SHA-256. Grouped by division under
 * its name, the reader's own division first; who uploaded by name and position.
 */
public class EvidenceList extends VerticalLayout {

    /**
     * @param divisionNames the organisation's division names by code
     * @param ownDivision   the division shown first (the reviewing head's), or null
     */
    public EvidenceList(EvidenceService evidenceService, People people, String processInstanceId,
                        Map<String, String> divisionNames, String ownDivision) {
        this(evidenceService, people, evidenceService.versions(processInstanceId), divisionNames, ownDivision, Map.of());
    }

    /**
     * @param evidence     the measure's evidence, as {@link EvidenceService#versions} read it
     * @param beforeFiles  per division code, what to show under the division's name before its files (its report)
     */
    public EvidenceList(EvidenceService evidenceService, People people, List<EvidenceVersion> evidence,
                        Map<String, String> divisionNames, String ownDivision,
                        Map<String, ? extends Component> beforeFiles) {
        setPadding(false);
        setId("evidence-list");
        if (evidence.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.none")));
            return;
        }
        Map<String, String> uploaders = people.labels(evidence.stream().map(v -> v.evidence().uploadedBy()).toList());
        Map<String, List<EvidenceVersion>> byDivision = new TreeMap<>(Comparator
                .comparing((String code) -> !code.equals(ownDivision))
                .thenComparing(code -> divisionNames.getOrDefault(code, code)));
        evidence.forEach(v -> byDivision.computeIfAbsent(String.valueOf(v.evidence().divisionCode()),
                k -> new ArrayList<>()).add(v));
        // One section per division, named by its heading: every file is read (and announced) under its division.
        byDivision.forEach((code, versions) -> {
            H4 heading = new H4(divisionNames.getOrDefault(code, code));
            heading.addClassName(DIVISION_CLASS);
            heading.setId("evidence-division-" + code);
            Section section = new Section(heading);
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            if (beforeFiles.containsKey(code)) {
                section.add(beforeFiles.get(code));
            }
            section.add(list(evidenceService, versions, uploaders));
            add(section);
        });
    }

    private UnorderedList list(EvidenceService evidenceService, List<EvidenceVersion> versions,
                               Map<String, String> uploaders) {
        UnorderedList list = new UnorderedList();
        for (EvidenceVersion version : versions) {
            Evidence item = version.evidence();
            if (item.isLink()) {
                Anchor link = new Anchor(item.url(), item.url());
                link.setTarget("_blank");
                list.add(withRound(new ListItem(link, new Span(" · " + uploaders.getOrDefault(item.uploadedBy(),
                        item.uploadedBy()))), version));
                continue;
            }
            Anchor link = new Anchor(EvidenceDownload.attachment(evidenceService, item.id()), AttachmentType.DOWNLOAD,
                    item.fileName());
            String fileVersion = version.fileVersion() > 1
                    ? " · " + getTranslation("evidence.fileVersion", version.fileVersion()) : "";
            Span details = new Span(fileVersion + " · " + uploaders.getOrDefault(item.uploadedBy(), item.uploadedBy())
                    + " · SHA-256 "
                    + item.sha256().substring(0, 12) + "…");
            details.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            list.add(withRound(new ListItem(link, details), version));
        }
        return list;
    }

    /** "ฉบับที่ n" before the entry, and a visible (not only coloured) mark on the latest round's files. */
    private ListItem withRound(ListItem entry, EvidenceVersion version) {
        Span round = new Span(getTranslation("evidence.round", version.round()));
        round.getElement().getThemeList().add("badge contrast small");
        round.addClassName(ROUND_CLASS);
        round.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        entry.addComponentAsFirst(round);
        if (version.latestRound()) {
            Span latest = new Span(getTranslation("evidence.latestRound"));
            latest.getElement().getThemeList().add("badge success small");
            latest.addClassName(LATEST_CLASS);
            latest.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            entry.add(latest);
        }
        return entry;
    }

    static final String ROUND_CLASS = "evidence-round";
    static final String DIVISION_CLASS = "evidence-division";
    static final String LATEST_CLASS = "evidence-latest";
}
