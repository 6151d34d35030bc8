/**
 * The shell of the Vaadin UI and its shared pieces only: {@link th.ita.ui.MainLayout} with the side navigation,
 * the login, error and no-access pages, the language switch, {@link th.ita.ui.Messages} and Thai dates on screen.
 * A capability's own views live in its {@code ui} sub-package. On the doors floor.
 * <p>Floor: Doors (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.ui;
