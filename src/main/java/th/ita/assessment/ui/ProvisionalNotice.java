package th.ita.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import th.ita.assessment.Framework;

import java.util.Optional;

/**
 * "ข้อมูลชั่วคราว — รอยืนยัน" wherever a framework not yet confirmed against NACC's manual of its year is shown: what
 * is provisional, who may confirm it (the platform administrator, by loading NACC's file of that year) and where its
 * facts come from (the file's own {@code sources}).
 */
final class ProvisionalNotice extends Div {

    private ProvisionalNotice(Framework framework) {
        setId("framework-provisional-" + framework.fiscalYear().buddhistYear());
        addClassName("framework-provisional");
        getStyle().set("border-left", "4px solid var(--lumo-warning-color, #f5a623)").set("padding-left", "var(--lumo-space-s)");
        Paragraph notice = new Paragraph(getTranslation("framework.provisional.notice", framework.fiscalYear().toString()));
        notice.getStyle().set("margin", "0");
        add(notice);
        if (!framework.sources().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            framework.sources().forEach(source -> sources.add(new ListItem(source)));
            add(new Paragraph(getTranslation("framework.provisional.sources")), sources);
        }
    }

    /** The notice for a provisional framework; nothing for a confirmed one. */
    static Optional<ProvisionalNotice> of(Framework framework) {
        return framework.provisional() ? Optional.of(new ProvisionalNotice(framework)) : Optional.empty();
    }
}
