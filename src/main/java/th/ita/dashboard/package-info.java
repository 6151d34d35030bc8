/**
 * The executive's and coordinator's dashboard: progress of the year's measures by division and indicator,
 * overdue work, charts — one read model ({@link th.ita.dashboard.DashboardReadModel}). On the work floor.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.dashboard;
