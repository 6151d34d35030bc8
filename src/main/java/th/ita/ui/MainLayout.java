package th.ita.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import th.ita.people.People;
import th.ita.people.PersonName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The shell around every view: title, language switch, user and logout, and a side navigation that lists
 * only the views the user's roles may open (the menu entries come from each view's {@code @Menu}, filtered
 * by its access annotations and any {@link NavigationCondition} of the feature; their titles are message keys).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String MAIN_CONTENT = "main-content";
    /** A bell (Material Icons "notifications", Apache 2.0) as markup: no icon set in the frontend bundle for one icon. */
    private static final String BELL_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"20\" "
            + "height=\"20\" fill=\"currentColor\" focusable=\"false\"><path d=\"M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5"
            + "c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z\"/></svg>";
    private final Anchor skipLink = new Anchor();

    private final List<NavigationBadge> badges;
    private final List<NavigationCondition> conditions;
    private final HorizontalLayout topBarBadges = new HorizontalLayout();
    private SideNav drawerNav;

    public MainLayout(AuthenticationContext authenticationContext, List<NavigationBadge> badges,
                      List<NavigationCondition> conditions, LanguageSwitcher languageSwitcher, People people) {
        this.badges = badges;
        this.conditions = conditions;
        setPrimarySection(Section.DRAWER);
        // Sized and cut to one line by styles/app.css, so that on a phone the title gives way, not the logout; there
        // the short title stands for it (the long one was cut to "ระบบติดตามม…").
        Span fullTitle = new Span(getTranslation("app.title"));
        fullTitle.addClassName("app-title-full");
        Span shortTitle = new Span(getTranslation("app.title.short"));
        shortTitle.addClassName("app-title-short");
        H1 title = new H1(fullTitle, shortTitle);
        title.addClassName("app-title");
        title.getElement().setAttribute("title", getTranslation("app.title"));

        Button language = new Button(getTranslation("app.switchLanguage"),
                click -> languageSwitcher.toggle());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");

        HorizontalLayout userBox = new HorizontalLayout();
        userBox.setAlignItems(FlexComponent.Alignment.CENTER);
        authenticationContext.getPrincipalName().ifPresent(userId -> {
            // The person by name, their position on hover: the login id is not how colleagues know them.
            PersonName person = people.name(userId);
            String name = person.displayName();
            Span user = new Span(name);
            user.getElement().setAttribute("title", person.label());
            user.setId("current-user");
            user.addClassName("app-user-name");
            Button logout = new Button(getTranslation("app.logout"), click -> authenticationContext.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            // The name is hidden on a phone; it stays in the logout's tooltip.
            logout.getElement().setAttribute("title", getTranslation("app.logout") + " (" + name + ")");
            userBox.add(user, logout);
        });

        DrawerToggle menuToggle = new DrawerToggle();
        menuToggle.setAriaLabel(getTranslation("app.menu.toggle"));
        HorizontalLayout navbar = new HorizontalLayout(menuToggle, title, topBarBadges, language, userBox);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassName("app-top-bar");
        userBox.addClassName("app-user");
        language.addClassName("app-language");
        topBarBadges.addClassName("app-top-bar-badges");
        // Keyboard users jump past the top bar and the menu to the page (shown only when focused, styles/app.css).
        skipLink.setText(getTranslation("app.skipToContent"));
        skipLink.setHref("#" + MAIN_CONTENT);
        skipLink.setId("skip-to-content");
        skipLink.addClassName("skip-link");
        // The top bar is the page's banner landmark, with the skip link first in it: all of the page is then in a
        // landmark (banner, the menu's navigation, main), which is how screen reader users move around it.
        navbar.addComponentAsFirst(skipLink);
        navbar.getElement().setAttribute("role", "banner");
        addToNavbar(navbar);
    }

    /**
     * Counts change as people work: the menu is rebuilt on every navigation, so the next page shows them. Each badge
     * is asked once per navigation (the inbox's come from one cached query, see th.ita.inbox.InboxCounts).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The page is the document's one main landmark, and where the skip link lands (by the page's own id where it
        // has one: pages and tests find themselves by it).
        if (getContent() != null) {
            if (getContent().getId().isEmpty()) {
                getContent().setId(MAIN_CONTENT);
            }
            getContent().getElement().setAttribute("role", "main").setAttribute("tabindex", "-1");
            skipLink.setHref("#" + getContent().getId().orElseThrow());
        }
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries().stream().filter(this::shown).toList();
        Map<NavigationBadge, Shown> shown = new LinkedHashMap<>();
        for (NavigationBadge badge : badges) {
            if (entries.stream().anyMatch(entry -> belongsTo(badge, entry))) {
                shown.put(badge, new Shown(badge.count(), badge.filtered()));
            }
        }
        if (drawerNav != null) {
            remove(drawerNav);
        }
        drawerNav = sideNav(entries, shown);
        addToDrawer(drawerNav);
        topBarBadges.removeAll();
        entries.forEach(entry -> shown.forEach((badge, counts) -> {
            if (badge.alsoInTopBar() && belongsTo(badge, entry)) {
                counts.count().ifPresent(count -> topBarBadges.add(topBarLink(entry.title(), entry.path(), count)));
            }
        }));
    }

    /** What one badge shows on this page. */
    private record Shown(OptionalLong count, List<NavigationBadge.Filtered> filtered) {
    }

    /** Asks only the conditions of this entry, so that none is asked about a page the user may not open anyway. */
    private boolean shown(MenuEntry entry) {
        return conditions.stream().filter(condition -> normalised(condition.path()).equals(normalised(entry.path())))
                .allMatch(NavigationCondition::shown);
    }

    private static boolean belongsTo(NavigationBadge badge, MenuEntry entry) {
        return normalised(badge.path()).equals(normalised(entry.path()));
    }

    private Anchor topBarLink(String titleKey, String path, long count) {
        Anchor link = new Anchor(path);
        // Navigate inside the application, like the side navigation, instead of reloading the page.
        link.getElement().setAttribute("router-link", true);
        Span label = new Span(getTranslation(titleKey) + " ");
        // On a phone only the count shows (styles/app.css); the link keeps its name for screen readers.
        label.addClassName("top-bar-label");
        link.getElement().setAttribute("aria-label", getTranslation(titleKey) + " " + getTranslation("nav.count", count));
        link.getElement().setAttribute("title", getTranslation(titleKey));
        // A bell beside the count, so that a phone (where the label is hidden) shows what the number counts.
        Span bell = new Span();
        bell.addClassName("top-bar-icon");
        bell.getElement().setAttribute("aria-hidden", "true").setProperty("innerHTML", BELL_SVG);
        link.add(bell, label, countBadge(count));
        link.setId("top-bar-" + normalised(path));
        return link;
    }

    private Span countBadge(long count) {
        Span badge = new Span(String.valueOf(count));
        badge.getElement().getThemeList().add("badge contrast pill small");
        badge.getElement().setAttribute("aria-label", getTranslation("nav.count", count));
        return badge;
    }

    private SideNavItem filteredItem(String path, NavigationBadge.Filtered filtered) {
        SideNavItem item = new SideNavItem(getTranslation(filtered.labelKey()), path);
        item.setQueryParameters(QueryParameters.simple(filtered.query()));
        item.setSuffixComponent(countBadge(filtered.count()));
        return item;
    }

    private static String normalised(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private SideNav sideNav(List<MenuEntry> entries, Map<NavigationBadge, Shown> shown) {
        SideNav nav = new SideNav();
        entries.forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            shown.forEach((badge, counts) -> {
                if (belongsTo(badge, entry)) {
                    counts.count().ifPresent(count -> item.setSuffixComponent(countBadge(count)));
                    counts.filtered().forEach(filtered -> item.addItem(filteredItem(entry.path(), filtered)));
                    item.setExpanded(!counts.filtered().isEmpty());
                }
            });
            nav.addItem(item);
        });
        return nav;
    }
}
