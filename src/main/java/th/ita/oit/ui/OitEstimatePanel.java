package th.ita.oit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import th.ita.oit.OitBoard;
import th.ita.oit.OitEstimate;

import java.math.BigDecimal;

/**
 * "ประมาณการคะแนน OIT": the score the board's states would give per indicator and for the instrument by the
 * framework's scoring rule, and the missing or broken items that would raise it most. Always labelled an estimate.
 */
class OitEstimatePanel extends Div {

    OitEstimatePanel(OitBoard board) {
        setId("oit-estimate");
        setWidthFull();
        add(new H3(getTranslation("oit.estimate.title")));
        if (board.estimation().isEmpty()) {
            add(new Paragraph(getTranslation("oit.estimate.none")));
            return;
        }
        OitEstimate estimate = board.estimation().get();
        Paragraph score = new Paragraph(getTranslation("oit.estimate.score", number(estimate.score())));
        score.setId("oit-estimate-score");
        add(score);
        UnorderedList indicators = new UnorderedList();
        indicators.setId("oit-estimate-indicators");
        estimate.indicators().forEach(i -> indicators.add(new ListItem(getTranslation("oit.estimate.indicator",
                i.indicator(), i.nameTh(), number(i.score()), i.counted(), i.items()))));
        add(indicators);
        if (!estimate.gains().isEmpty()) {
            add(new Paragraph(getTranslation("oit.estimate.gainsHeading")));
            UnorderedList gains = new UnorderedList();
            gains.setId("oit-estimate-gains");
            estimate.topGains().forEach(g -> gains.add(new ListItem(getTranslation("oit.estimate.gain", g.code(),
                    g.title(), getTranslation("oit.state." + g.state()), number(g.points())))));
            add(gains);
        }
        Paragraph note = new Paragraph(getTranslation(estimate.provisional() ? "oit.estimate.noteProvisional"
                : "oit.estimate.note"));
        note.setId("oit-estimate-note");
        add(note);
    }

    private static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
