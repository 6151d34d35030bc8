package th.ita.oit;

/**
 * A division's OIT items in figures: how many it answers, how many have URLs, answer on the website, or are broken.
 * {@code divisionCode} null counts the items no division has been given yet.
 */
public record DivisionReadiness(String divisionCode, String divisionName, int items, int entered, int alive,
                                int broken) {
}
