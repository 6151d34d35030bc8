package th.ita.oit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import th.ita.division.Division;
import th.ita.oit.OitBoard;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitUrl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The selected item: its division's answer (URLs, explanation) for those who may give it, and for the coordinator
 * the division it is given to and the approval. What a user may not do is not shown; the service refuses it anyway.
 */
class OitItemForm extends VerticalLayout {

    /** What the form asks the view to do; the view calls the service and reloads the board. */
    interface Actions {
        void answer(String code, List<String> urls, String explanation);

        void assign(String code, String divisionCode);

        void approve(String code);
    }

    final TextArea urls = new TextArea();
    final TextArea explanation = new TextArea();
    final Select<String> division = new Select<>();
    final Button save = new Button();
    final Button assign = new Button();
    final Button approve = new Button();

    OitItemForm(OitBoard board, OitBoardItem item, List<Division> divisions, Actions actions) {
        setPadding(false);
        add(new H3(item.code() + " " + item.title()));
        if (item.role() != null) {
            // The item the year's framework gives this application's output (by role, whatever its code this year).
            Anchor output = new Anchor("plans", getTranslation("oit.role.open." + item.role().name()));
            output.setId("oit-role-link");
            add(new Paragraph(new Span(getTranslation("oit.role." + item.role().name()) + " · "), output));
        }
        urls.setId("oit-urls");
        urls.setLabel(getTranslation("oit.field.urls"));
        urls.setWidthFull();
        urls.setValue(item.urls().stream().map(OitUrl::url).collect(Collectors.joining("\n")));
        explanation.setId("oit-explanation");
        explanation.setLabel(getTranslation("oit.field.explanation"));
        explanation.setWidthFull();
        explanation.setValue(item.explanation() == null ? "" : item.explanation());
        save.setText(getTranslation("oit.save"));
        save.setId("oit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> actions.answer(item.code(), lines(urls.getValue()), explanation.getValue()));
        if (item.editable()) {
            add(urls, explanation, save);
        } else {
            add(new Paragraph(getTranslation("oit.readOnly")));
        }
        if (board.mayAssign()) {
            List<String> codes = new ArrayList<>(List.of(""));
            divisions.forEach(d -> codes.add(d.code()));
            division.setId("oit-division");
            division.setLabel(getTranslation("oit.field.division"));
            division.setItems(codes);
            division.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("oit.division.none")
                    : divisions.stream().filter(d -> d.code().equals(code)).map(d -> d.name(getLocale()))
                    .findFirst().orElse(code));
            division.setValue(item.divisionCode() == null ? "" : item.divisionCode());
            assign.setText(getTranslation("oit.assign"));
            assign.setId("oit-assign");
            assign.addClickListener(e -> actions.assign(item.code(), division.getValue()));
            approve.setText(getTranslation("oit.approve"));
            approve.setId("oit-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            approve.addClickListener(e -> actions.approve(item.code()));
            HorizontalLayout row = new HorizontalLayout(division, assign, approve);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
