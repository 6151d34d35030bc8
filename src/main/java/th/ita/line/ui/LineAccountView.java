package th.ita.line.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.line.LineLinking;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.ThaiDates;


/**
 * "LINE": whether the user's LINE account is linked, and a one-time code to link it by sending the code to the
 * organisation's Official Account.
 */
@Route(LineAccountView.ROUTE)
@Menu(title = "nav.line", order = 91)
@PermitAll
public class LineAccountView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "line";

    final Paragraph state = new Paragraph();
    final Span code = new Span();
    final Button newCode = new Button();
    final Button unlink = new Button();

    public LineAccountView(LineLinking linking, CurrentUserProvider users) {
        CurrentUser user = users.require();
        add(new H2(getTranslation("nav.line")));
        if (user.organisationId() == null) {
            add(new Paragraph(getTranslation("line.account.noOrganisation")));
            return;
        }
        state.setId("line-state");
        code.setId("line-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("letter-spacing", "0.2em");
        newCode.setId("line-new-code");
        newCode.setText(getTranslation("line.account.newCode"));
        newCode.addClickListener(click -> {
            LineLinking.LinkCode issued = linking.newCode(user);
            code.setText(issued.code());
            state.setText(getTranslation("line.account.sendCode",
                    ThaiDates.dateTime(issued.expiresAt(), getLocale())));
        });
        unlink.setId("line-unlink");
        unlink.setText(getTranslation("line.account.unlink"));
        unlink.addClickListener(click -> {
            linking.unlink(user);
            showState(linking.isLinked(user));
        });
        showState(linking.isLinked(user));
        add(state, code, newCode, unlink);
    }

    private void showState(boolean linked) {
        state.setText(getTranslation(linked ? "line.account.linked" : "line.account.notLinked"));
        unlink.setVisible(linked);
        code.setText("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.line");
    }
}
