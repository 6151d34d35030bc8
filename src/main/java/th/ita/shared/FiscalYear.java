package th.ita.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year, named by its Buddhist Era year as every Thai document names it:
 * FY 2566 runs from 1 October 2022 to 30 September 2023. Everything year-specific of the ITA framework
 * is keyed by it.
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

    /** Buddhist Era = Gregorian + 543. */
    public static final int BUDDHIST_ERA_OFFSET = 543;
    /** ITA started in FY 2556; a year far before or after is a typo, e.g. a Gregorian year. */
    public static final int MIN = 2550;
    public static final int MAX = 2700;

    public FiscalYear {
        if (buddhistYear < MIN || buddhistYear > MAX) {
            // Years go in as text: MessageFormat would print 2566 as "2,566".
            throw new UserInputException("assessment.error.fiscalYear", String.valueOf(buddhistYear),
                    String.valueOf(MIN), String.valueOf(MAX));
        }
    }

    public static FiscalYear of(int buddhistYear) {
        return new FiscalYear(buddhistYear);
    }

    /** The fiscal year a day belongs to: October starts the next year. */
    public static FiscalYear of(LocalDate date) {
        int gregorianEndYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(gregorianEndYear + BUDDHIST_ERA_OFFSET);
    }

    /** Text from a form or a file, with Thai or Arabic digits. */
    public static FiscalYear parse(String text, String fieldKey) {
        return new FiscalYear(ThaiNumbers.parseInt(text, fieldKey));
    }

    public LocalDate start() {
        return LocalDate.of(buddhistYear - BUDDHIST_ERA_OFFSET - 1, Month.OCTOBER, 1);
    }

    public LocalDate end() {
        return LocalDate.of(buddhistYear - BUDDHIST_ERA_OFFSET, Month.SEPTEMBER, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear next() {
        return new FiscalYear(buddhistYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(buddhistYear - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistYear, other.buddhistYear);
    }

    @Override
    public String toString() {
        return Integer.toString(buddhistYear);
    }
}
