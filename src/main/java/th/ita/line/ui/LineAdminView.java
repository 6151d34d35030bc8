package th.ita.line.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.line.Delivery;
import th.ita.line.LineAdmin;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.RequestAddress;
import th.ita.ui.ThaiDates;

import java.time.OffsetDateTime;

/**
 * The organisation's LINE Official Account, for its administrator: the channel access token and secret (entered,
 * never shown back), the webhook URL to give LINE, each division's LINE group, and the latest deliveries.
 */
@Route(LineAdminView.ROUTE)
@Menu(title = "nav.lineAdmin", order = 97)
@RolesAllowed(Groups.ORGANISATION_ADMIN)
public class LineAdminView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/line";

    private final LineAdmin admin;
    private final CurrentUser user;
    final Paragraph channelState = new Paragraph();
    final PasswordField token = new PasswordField();
    final PasswordField secret = new PasswordField();
    final Button saveChannel = new Button();
    final Grid<LineAdmin.DivisionGroup> groups = new Grid<>();
    final Grid<Delivery> deliveries = new Grid<>();

    public LineAdminView(LineAdmin admin, CurrentUserProvider users) {
        this.admin = admin;
        this.user = users.require();
        setMaxWidth("80rem");
        add(new H2(getTranslation("nav.lineAdmin")));
        if (user.organisationId() == null) {
            add(new Paragraph(getTranslation("admin.organisation.none")));
            return;
        }
        configureChannel();
        configureGroups();
        configureDeliveries();
        add(new H3(getTranslation("line.admin.channel")), channelState,
                new HorizontalLayout(FlexComponent.Alignment.BASELINE, token, secret, saveChannel),
                new H3(getTranslation("line.admin.groups")), groups,
                new H3(getTranslation("line.admin.deliveries")), deliveries);
        refresh();
    }

    private void configureChannel() {
        channelState.setId("line-channel-state");
        token.setId("line-token");
        token.setLabel(getTranslation("line.admin.token"));
        token.setRevealButtonVisible(false);
        token.setWidth("24rem");
        secret.setId("line-secret");
        secret.setLabel(getTranslation("line.admin.secret"));
        secret.setRevealButtonVisible(false);
        saveChannel.setId("line-save-channel");
        saveChannel.setText(getTranslation("line.admin.save"));
        saveChannel.addClickListener(click -> {
            try {
                admin.saveChannel(user, token.getValue(), secret.getValue());
                token.clear();
                secret.clear();
                Messages.success("line.admin.saved");
                refresh();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
    }

    private void configureGroups() {
        groups.setId("line-division-groups");
        groups.addThemeVariants(GridVariant.LUMO_COMPACT);
        groups.setAllRowsVisible(true);
        groups.addColumn(LineAdmin.DivisionGroup::divisionName).setHeader(getTranslation("person.field.division")).setAutoWidth(true);
        groups.addComponentColumn(row -> {
            TextField field = new TextField();
            field.setValue(row.lineGroupId() == null ? "" : row.lineGroupId());
            field.setWidth("24rem");
            Button save = new Button(getTranslation("line.admin.save"), click -> {
                try {
                    admin.setDivisionGroup(user, row.divisionCode(), field.getValue());
                    Messages.success("line.admin.saved");
                } catch (UserInputException e) {
                    Messages.error(e);
                }
            });
            return new HorizontalLayout(field, save);
        }).setHeader(getTranslation("line.admin.groupId")).setFlexGrow(1);
    }

    private void configureDeliveries() {
        deliveries.setId("line-deliveries");
        deliveries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        deliveries.setAllRowsVisible(true);
        deliveries.addColumn(d -> time(d.createdAt())).setKey("createdAt").setHeader(getTranslation("line.admin.createdAt")).setAutoWidth(true);
        deliveries.addColumn(Delivery::recipient).setKey("recipient").setHeader(getTranslation("line.admin.recipient")).setAutoWidth(true);
        deliveries.addColumn(d -> getTranslation("line.status." + d.status())).setKey("status")
                .setHeader(getTranslation("line.admin.status")).setAutoWidth(true);
        deliveries.addColumn(Delivery::attempts).setKey("attempts").setHeader(getTranslation("line.admin.attempts")).setAutoWidth(true);
        deliveries.addColumn(d -> d.sentAt() != null ? time(d.sentAt()) : time(d.nextAttemptAt())).setKey("when")
                .setHeader(getTranslation("line.admin.when")).setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setKey("lastError")
                .setHeader(getTranslation("line.admin.lastError")).setFlexGrow(2);
    }

    private void refresh() {
        LineAdmin.ChannelState state = admin.channel(user);
        channelState.setText(getTranslation(state.tokenMasked().isEmpty() ? "line.admin.noToken" : "line.admin.tokenSet",
                state.tokenMasked(), state.secretMasked().isEmpty() ? "-" : state.secretMasked(), state.webhookUrl(RequestAddress::baseUrl))
                + (state.fromEnvironment() ? " " + getTranslation("line.admin.fromEnvironment") : ""));
        groups.setItems(admin.divisionGroups(user));
        deliveries.setItems(admin.deliveries(user));
    }

    private String time(OffsetDateTime at) {
        return at == null ? "" : ThaiDates.dateTime(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lineAdmin");
    }
}
