package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.inbox.ui.InboxView;
import th.ita.people.People;
import th.ita.people.PersonName;
import th.ita.shared.I18n;
import th.ita.support.KaribuTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role's menu, in Thai and in English: each opens, and no text, label or tooltip on it is a
 * missing message key ("!key.name", what {@link I18n} shows for one). In English, no page heading is in Thai words only,
 * and the shell around the pages (title, menu, top bar) has no Thai left but the signed-in person's name.
 */
class EveryPageInBothLanguagesTest extends KaribuTest {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-zA-Z][\\w-]*\\.[\\w.-]+");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"coordinator,th", "coordinator,en", "finance.officer,th", "finance.officer,en", "finance.head,en",
            "mayor,th", "mayor,en", "admin,th", "admin,en", "bantan.admin,th", "bantan.admin,en", "auditor,th",
            "auditor,en"})
    void everyPageOfTheMenuIsTranslated(String account, String language) {
        Locale locale = "en".equals(language) ? I18n.ENGLISH : I18n.THAI;
        login(account);
        // As the language switch does: the choice in the session, then a reload, which builds a new UI (its locale from
        // the session, th.ita.ui.UiSetup) and with it the shell (MainLayout: title, menu, top bar) in that language.
        VaadinSession.getCurrent().setAttribute(LanguageSwitcher.LOCALE_ATTRIBUTE, locale);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(locale);
        UI.getCurrent().navigate(InboxView.class);
        PersonName person = context.getBean(People.class).name(account);
        List<String> paths = _get(SideNav.class).getItems().stream().flatMap(EveryPageInBothLanguagesTest::withChildren)
                .map(SideNavItem::getPath).distinct().toList();
        assertThat(paths).isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            int query = path.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(path);
            } else {
                UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
            }
            UI.getCurrent().getChildren().flatMap(component -> texts(component.getElement())).filter(text -> MISSING_KEY.matcher(text).find())
                    .forEach(text -> problems.add("/" + path + ": " + text));
            if (locale == I18n.ENGLISH) {
                MainLayout shell = _get(MainLayout.class);
                assertThat(shellTexts(shell)).as("the shell's title, in English").contains(shell.getTranslation("app.title"));
                shellTexts(shell).map(text -> withoutData(text, person))
                        .filter(text -> THAI.matcher(text).find())
                        .forEach(text -> problems.add("/" + path + " shell in Thai: " + text));
                // Data in a heading (a province's name) stays Thai; the heading's own words must not.
                _find(H2.class).stream().map(H2::getText)
                        .filter(text -> THAI.matcher(text).find() && !LATIN.matcher(text).find())
                        .forEach(text -> problems.add("/" + path + " heading in Thai: " + text));
            }
        }
        assertThat(problems).as(account + " in " + language + " over " + paths).isEmpty();
    }

    /**
     * The texts of the shell around the page (top bar, menu, skip link), not of the page itself, and not of the language
     * switch, which names the other language in that language on purpose ("ภาษาไทย").
     */
    private static Stream<String> shellTexts(MainLayout layout) {
        Element page = layout.getContent().getElement();
        return layout.getElement().getChildren().filter(child -> !child.equals(page))
                .flatMap(child -> texts(child, element -> element.equals(page)
                        || "switch-language".equals(element.getAttribute("id"))));
    }

    /** The signed-in person's name and position, in the top bar: data, which stays Thai in English. */
    private static String withoutData(String text, PersonName person) {
        return text.replace(person.label(), "").replace(person.displayName(), "");
    }

    private static Stream<SideNavItem> withChildren(SideNavItem item) {
        return Stream.concat(Stream.of(item), item.getItems().stream().flatMap(EveryPageInBothLanguagesTest::withChildren));
    }

    /** Every text of the page as the browser gets it: element text, properties (labels, helpers) and attributes. */
    private static Stream<String> texts(Element element) {
        return texts(element, skipped -> false);
    }

    private static Stream<String> texts(Element element, Predicate<Element> skip) {
        if (skip.test(element)) {
            return Stream.empty();
        }
        List<String> own = new ArrayList<>();
        if (element.isTextNode()) {
            own.add(element.getText());
            return own.stream();
        }
        element.getPropertyNames().forEach(name -> {
            Object value = element.getPropertyRaw(name);
            if (value != null) {
                own.add(String.valueOf(value));
            }
        });
        element.getAttributeNames().forEach(name -> own.add(String.valueOf(element.getAttribute(name))));
        return Stream.concat(own.stream(), element.getChildren().flatMap(child -> texts(child, skip)));
    }
}
