package th.ita.line.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import th.ita.inbox.ui.InboxView;
import th.ita.line.DeliveryStatus;
import th.ita.line.LineAdmin;
import th.ita.line.LineLinking;
import th.ita.security.CurrentUserProvider;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "LINE ของฉัน" links a person by a code, and only someone who works for an organisation; "LINE ของหน่วยงาน" takes the
 * channel without showing it back.
 */
class LineViewsTest extends KaribuTest {

    @Autowired TestOrganisations organisations;
    @Autowired LineLinking linking;
    @Autowired LineAdmin admin;
    @Autowired CurrentUserProvider currentUsers;
    @Autowired ConfigurableEnvironment environment;

    @Test
    void aPersonGetsACode_sendsIt_andTheirPageSaysLinked() {
        TestOrganisation org = organisations.onboard();
        login(org.userId("finance.officer"));
        UI.getCurrent().navigate(LineAccountView.class);
        LineAccountView view = _get(LineAccountView.class);
        assertThat(view.state.getText()).isEqualTo(view.getTranslation("line.account.notLinked"));
        assertThat(view.unlink.isVisible()).isFalse();

        _click(view.newCode);
        String code = view.code.getText();
        assertThat(code).matches("\\d{6}");
        linking.link(org.id(), code, "U" + org.prefix());

        view = reopen(LineAccountView.class);
        assertThat(view.state.getText()).isEqualTo(view.getTranslation("line.account.linked"));
        _click(view.unlink);
        assertThat(view.state.getText()).isEqualTo(view.getTranslation("line.account.notLinked"));
    }

    @Test
    void thePageShowsTheOfficialAccountsLineId_andAQrCodeThatOpensItsAddFriendScreen() throws Exception {
        TestOrganisation org = organisations.onboard();
        MapPropertySource basicId = new MapPropertySource("basic-id-of-" + org.prefix(),
                Map.of("ITA_LINE_BASIC_ID_" + org.id(), "@ita" + org.id()));
        environment.getPropertySources().addFirst(basicId);
        try {
            login(org.userId("finance.officer"));
            UI.getCurrent().navigate(LineAccountView.class);

            Image qr = _get(Image.class, spec -> spec.withId("line-add-friend-qr"));
            assertThat(decodedQr(qr.getSrc())).isEqualTo("https://line.me/R/ti/p/%40ita" + org.id());
            assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("@ita" + org.id()));
            assertThat(_get(LineAccountView.class).officialAccount.getElement().getTextRecursively())
                    .contains("@ita" + org.id());
            assertThat(_get(Anchor.class, spec -> spec.withId("line-add-friend-link")).getHref())
                    .isEqualTo("https://line.me/R/ti/p/%40ita" + org.id());
        } finally {
            environment.getPropertySources().remove(basicId.getName());
        }
    }

    @Test
    void withNoLineIdConfigured_thereIsNoQrCode() {
        TestOrganisation org = organisations.onboard();
        login(org.userId("finance.officer"));
        UI.getCurrent().navigate(LineAccountView.class);

        _assertNone(Image.class);
    }

    /** Reads the QR code in a {@code data:image/png;base64,} URL back, as a phone's camera would. */
    private static String decodedQr(String dataUrl) throws Exception {
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void theWebhookShown_isAtTheAddressTheAdministratorOpenedThePageWith_whenNoneIsConfigured() {
        TestOrganisation org = organisations.onboard();
        login(org.userId("admin"));
        VaadinServletRequest fake = VaadinServletRequest.getCurrent();
        // As Tomcat gives the request behind a trusted proxy (ITA_FORWARD_HEADERS): the address the browser used.
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(new HttpServletRequestWrapper(fake) {
            @Override
            public String getScheme() {
                return "https";
            }

            @Override
            public String getServerName() {
                return "ita.example.go.th";
            }

            @Override
            public int getServerPort() {
                return 443;
            }
        }, fake.getService()));
        try {
            UI.getCurrent().navigate(LineAdminView.class);
        } finally {
            CurrentInstance.set(VaadinRequest.class, fake);
        }

        assertThat(_get(LineAdminView.class).channelState.getText())
                .contains("https://ita.example.go.th/api/line/webhook/" + org.id()).doesNotContain("localhost");
    }

    @Test
    void someoneWithNoOrganisation_isToldTheyCannotLinkLine_andGetsNoCode() {
        login("admin");
        UI.getCurrent().navigate(LineAccountView.class);

        LineAccountView view = _get(LineAccountView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withText(view.getTranslation("line.account.noOrganisation"))))
                .isNotNull();
        assertThat(view.newCode.getParent()).isEmpty();
        assertThat(view.unlink.getParent()).isEmpty();
        assertThatThrownBy(() -> linking.newCode(currentUsers.require())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOrganisationAdmin_savesTheChannel_seesOnlyItsEnd_givesADivisionItsGroup_andSeesTheDeliveries() {
        TestOrganisation org = organisations.onboard();
        String token = "tok-" + UUID.randomUUID();
        login(org.userId("admin"));
        UI.getCurrent().navigate(LineAdminView.class);
        LineAdminView view = _get(LineAdminView.class);

        _setValue(view.token, token);
        _setValue(view.secret, "secret-of-" + org.prefix());
        _click(view.saveChannel);

        assertThat(view.token.getValue()).isEmpty();
        assertThat(view.channelState.getText()).contains("••••" + token.substring(token.length() - 4))
                .doesNotContain(token.substring(0, 12)).contains("/api/line/webhook/" + org.id());
        String group = "C" + UUID.randomUUID().toString().replace("-", "");
        admin.setDivisionGroup(org.user("admin"), "works", group);
        linking.link(org.id(), linking.newCode(org.user("works.officer")).code(), "U" + org.prefix());

        view = reopen(LineAdminView.class);
        assertThat(everythingTheBrowserGets(view.getElement())).doesNotContain(token.substring(0, 12))
                .contains("••••" + token.substring(token.length() - 4));
        assertThat(GridKt._size(view.groups)).isEqualTo(TestOrganisations.DIVISIONS.size());
        assertThat(admin.divisionGroups(org.user("admin"))).anySatisfy(g -> {
            assertThat(g.divisionCode()).isEqualTo("works");
            assertThat(g.lineGroupId()).isEqualTo(group);
        });
        assertThat(GridKt._size(view.deliveries)).isEqualTo(1);
        assertThat(GridKt._get(view.deliveries, 0).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(GridKt._get(view.deliveries, 0).recipient()).isEqualTo(org.userId("works.officer"));
    }

    /** The page afresh, as after a reload: Vaadin keeps the view it shows when asked to navigate to it again. */
    static <T extends Component> T reopen(Class<T> view) {
        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().navigate(view);
        return _get(view);
    }

    /** The text, attributes and properties of an element and all beneath it: what the page sends to the browser. */
    static String everythingTheBrowserGets(Element element) {
        StringBuilder all = new StringBuilder(element.getText());
        element.getAttributeNames().forEach(name -> all.append(' ').append(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> all.append(' ').append(element.getPropertyRaw(name)));
        element.getChildren().forEach(child -> all.append(' ').append(everythingTheBrowserGets(child)));
        return all.toString();
    }

    /** Only an organisation's administrator sets its channel: every other role is refused the page itself. */
    @ParameterizedTest
    @ValueSource(strings = {"finance.officer", "finance.head", "coordinator", "mayor", "admin", "auditor"})
    void everyoneButTheOrganisationAdmin_isRefusedTheChannelPage(String account) {
        login(account);

        UI.getCurrent().navigate(LineAdminView.ROUTE);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(LineAdminView.class::isInstance);
        assertThatThrownBy(() -> _assertNone(LineAdminView.class)).hasMessageContaining("AccessDeniedException");
    }
}
