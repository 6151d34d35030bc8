package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.Arrays;

/** Shows the outcome of an action to the user, in their language. */
public final class Messages {

    private Messages() {
    }

    public static String text(UserInputException e) {
        return text(e.messageKey(), e.arguments());
    }

    /** A message whose arguments may name a field ({@link RequiredText.FieldName}), itself translated. */
    public static String text(String messageKey, Object[] arguments) {
        UI ui = UI.getCurrent();
        Object[] translated = Arrays.stream(arguments)
                .map(a -> a instanceof RequiredText.FieldName field ? ui.getTranslation(field.key()) : a)
                .toArray();
        return ui.getTranslation(messageKey, translated);
    }

    public static void error(UserInputException e) {
        Notification notification = Notification.show(text(e), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String key, Object... arguments) {
        Notification notification = Notification.show(UI.getCurrent().getTranslation(key, arguments), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
