/**
 * The improvement plan of a fiscal year: drafted from the ITA results, imported or edited, submitted, approved
 * (which starts its measures), closed at year end with its report; past years kept as history. The plan process's
 * delegates and variables. On the process floor, beside {@code measure}, whose processes it starts.
 * <p>Floor: Process (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.plan;
