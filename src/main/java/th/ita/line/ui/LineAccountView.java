package th.ita.line.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.line.LineLinking;
import th.ita.line.OfficialAccount;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.ThaiDates;


/**
 * "LINE": the organisation's Official Account to add as a friend (QR code and LINE ID), whether the user's LINE
 * account is linked, and a one-time code to link it by sending the code to that Official Account.
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
    /** The organisation's Official Account to add as a friend, where its basic id is configured; else not shown. */
    final Div officialAccount = new Div();

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
        linking.officialAccount(user).ifPresent(this::showOfficialAccount);
        add(officialAccount, state, code, newCode, unlink);
    }

    /** The QR code for a computer's screen; the link for someone already on their phone, who cannot scan it. */
    private void showOfficialAccount(OfficialAccount account) {
        officialAccount.setId("line-official-account");
        Image qr = new Image(QrCode.pngDataUrl(account.addFriendUrl()),
                getTranslation("line.account.qrAlt", account.basicId()));
        qr.setId("line-add-friend-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        Anchor open = new Anchor(account.addFriendUrl(), getTranslation("line.account.openInLine"));
        open.setId("line-add-friend-link");
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener");
        officialAccount.add(new Paragraph(getTranslation("line.account.addFriend", account.basicId())), qr,
                new Paragraph(open));
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
