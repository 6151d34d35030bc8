package th.ita.oit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import th.ita.oit.OitBoard;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitMapping;

import java.util.Optional;

/**
 * Which framework the board follows: the provisional marker (a stand-in year's items, or a framework not confirmed
 * against NACC's manual) saying who may confirm; once the year's own framework has arrived, the mapping the answers
 * would move by, with the coordinator's confirmation; and the coordinator's "ยกข้อมูลจากปีที่แล้ว".
 */
class OitFrameworkPanel extends Div {

    /** What the panel asks the view to do; the view calls the service and reloads the board. */
    interface Actions {
        void confirmMapping();

        void carryOver();
    }

    final Button confirmMapping = new Button();
    final Button carryOver = new Button();

    OitFrameworkPanel(OitBoard board, Actions actions) {
        setId("oit-framework");
        setWidthFull();
        String year = board.fiscalYear().toString();
        if (board.provisional()) {
            Span marker = new Span(getTranslation("oit.provisional"));
            marker.setId("oit-provisional-marker");
            marker.getElement().getThemeList().add("badge contrast");
            Paragraph why = new Paragraph(board.standIn()
                    ? getTranslation("oit.provisional.standIn", year, board.frameworkYear().toString())
                    : getTranslation("oit.provisional.framework", year));
            why.setId("oit-provisional");
            add(marker, why);
        }
        board.mapping().ifPresent(mapping -> add(mapping(board, mapping, actions)));
        if (board.mayManage()) {
            carryOver.setText(getTranslation("oit.carryOver", board.fiscalYear().previous().toString()));
            carryOver.setId("oit-carry-over");
            carryOver.addClickListener(e -> actions.carryOver());
            add(carryOver);
        }
    }

    private Div mapping(OitBoard board, OitMapping mapping, Actions actions) {
        Div panel = new Div();
        panel.setId("oit-mapping");
        panel.add(new Paragraph(getTranslation("oit.mapping.arrived", board.fiscalYear().toString(),
                board.frameworkYear().toString())));
        UnorderedList moves = new UnorderedList();
        moves.setId("oit-mapping-moves");
        for (OitBoardItem item : board.items()) {
            if (item.urls().isEmpty() && item.explanation() == null && item.divisionCode() == null) {
                continue;
            }
            Optional<OitMapping.Pair> pair = mapping.pairs().stream()
                    .filter(p -> p.from().code().equals(item.code())).findFirst();
            moves.add(new ListItem(pair.map(p -> getTranslation("oit.mapping.move", p.from().code(), p.to().code(),
                            p.to().titleTh(), getTranslation("oit.mapping.reason." + p.reason())))
                    .orElseGet(() -> getTranslation("oit.mapping.dropped", item.code(), item.title()))));
        }
        if (moves.getChildren().findAny().isEmpty()) {
            moves.add(new ListItem(getTranslation("oit.mapping.nothingAnswered")));
        }
        panel.add(moves);
        if (board.mayManage()) {
            confirmMapping.setText(getTranslation("oit.mapping.confirm"));
            confirmMapping.setId("oit-confirm-mapping");
            confirmMapping.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirmMapping.addClickListener(e -> actions.confirmMapping());
            panel.add(confirmMapping);
        } else {
            panel.add(new Paragraph(getTranslation("oit.mapping.waiting")));
        }
        return panel;
    }
}
