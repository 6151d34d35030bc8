/**
 * The values and helpers every capability speaks: {@link th.ita.shared.FiscalYear}, Thai digits and Buddhist-era
 * dates, the message bundles ({@link th.ita.shared.I18n}), the two exceptions a user can act on
 * ({@link th.ita.shared.UserInputException}, {@link th.ita.shared.ForbiddenStepException}), file types and the
 * server-drawn SVG charts. On the kernel floor, the lowest: it uses no other package of ours, and no capability
 * rule lives here.
 * <p>Floor: Kernel (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.shared;
