/**
 * Flyway's Java migrations: schema changes that SQL alone cannot make (V9 moved every organisation's data,
 * engine history included, under its tenant). Each is a Spring bean, which Spring Boot hands to Flyway; the class
 * name is the version and must never change. A migration may name the engine's {@code ACT_*} tables. On the top
 * floor: nothing depends on a migration.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.migration;
