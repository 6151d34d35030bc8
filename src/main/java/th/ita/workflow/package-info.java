/**
 * The only door to the engine's internals. Everything that reaches past Camunda's public API lives here: the engine
 * plug-ins ({@code workflow.engine}: indexes, node name, tenants, user-task listeners, completion input, grants),
 * the command-context helpers ({@link th.ita.workflow.EngineCommands}), the user the engine acts for
 * ({@link th.ita.workflow.EngineUser}), task access and completion, process keys and group names, and every SQL
 * statement on the engine's own {@code ACT_*} tables, behind methods named by what they answer
 * ({@link th.ita.workflow.OpenTaskQueries}, {@link th.ita.workflow.EngineIdentityQueries}, ...).
 * <p>
 * The features may still use the engine's public API (its services, {@code DelegateTask}, {@code DelegateExecution},
 * {@code JavaDelegate}); they never import {@code org.camunda.bpm.engine.impl} nor name an {@code ACT_} table
 * ({@code ArchitectureTest}). So a move of the engine — a new Camunda 7 version whose internals changed, or a fork
 * such as Operaton, which renames the packages and may rename the tables' columns — touches this package only
 * (and the Flyway migrations, which record what was done to the database in the past).
 * <p>
 * This package depends on no feature package ({@code th.ita.shared} aside): the features depend on it.
 */
package th.ita.workflow;
