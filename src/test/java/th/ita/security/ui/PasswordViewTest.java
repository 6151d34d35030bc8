package th.ita.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.support.KaribuTest;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordViewTest extends KaribuTest {

    private static final String OLD = "Old-Pass-2024x";
    private static final String NEW = "New-Pass-2025y";

    @Autowired IdentityService identityService;

    @Test
    void aPersonChangesTheirOwnPassword_onlyWithTheCurrentOne_andTheNewOneTwice() {
        String id = "pw" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("ทดสอบ");
        user.setLastName("รหัสผ่าน");
        user.setPassword(OLD);
        identityService.saveUser(user);
        login(id);
        UI.getCurrent().navigate(PasswordView.class);

        fill("ผิด-Pass-0000", NEW, NEW);
        expectNotifications("รหัสผ่านปัจจุบันไม่ถูกต้อง");
        fill(OLD, NEW, NEW + "z");
        expectNotifications("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");
        fill(OLD, "short", "short");
        expectNotifications("รหัสผ่านไม่ผ่านนโยบาย: อย่างน้อย 10 ตัว มีอักษรพิมพ์ใหญ่ พิมพ์เล็ก ตัวเลข และอักขระพิเศษ"
                + " และต้องไม่มีชื่อผู้ใช้หรือชื่อจริงอยู่ในรหัสผ่าน");
        assertThat(identityService.checkPassword(id, OLD)).isTrue();

        fill(OLD, NEW, NEW);

        expectNotifications("เปลี่ยนรหัสผ่านแล้ว");
        assertThat(identityService.checkPassword(id, NEW)).isTrue();
        assertThat(identityService.checkPassword(id, OLD)).isFalse();
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-current")).getValue()).isEmpty();
    }

    private static void fill(String current, String next, String repeated) {
        _get(PasswordField.class, spec -> spec.withId("password-current")).setValue(current);
        _get(PasswordField.class, spec -> spec.withId("password-new")).setValue(next);
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue(repeated);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }

}
