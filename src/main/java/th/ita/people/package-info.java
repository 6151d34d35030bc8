/**
 * People as the application names them: "ชื่อ นามสกุล (ตำแหน่ง)" from the engine's identity (names) and our
 * {@code person_position} table (position titles). A floor below every capability that shows a person, so screens,
 * notices and documents share one way of naming, and it depends on nothing of ours but {@code shared}.
 * <p>Floor: Base (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.people;
