package th.ita.report;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width. Thai has no spaces between words, so a line may only end where the
 * JDK's dictionary-based line instance for Thai allows; a single word wider than the line (a SHA-256, a URL)
 * is cut between grapheme clusters, so a tone mark never lands at the start of a line.
 */
final class ThaiLineBreaker {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private ThaiLineBreaker() {
    }

    /** The lines of {@code text}; explicit line breaks in the text are kept. */
    static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, double width, ToDoubleFunction<String> measure, List<String> lines) {
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        StringBuilder line = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = text.substring(start, end);
            if (measure.applyAsDouble((line + word).stripTrailing()) <= width) {
                line.append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (measure.applyAsDouble(word.stripTrailing()) <= width) {
                line.append(word);
            } else {
                line.append(cut(word, width, measure, lines));
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Adds the full-width pieces of an over-long word to {@code lines}; returns the rest. */
    private static String cut(String word, double width, ToDoubleFunction<String> measure, List<String> lines) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(word);
        StringBuilder piece = new StringBuilder();
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = word.substring(start, end);
            if (!piece.isEmpty() && measure.applyAsDouble(piece + cluster) > width) {
                lines.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(cluster);
        }
        return piece.toString();
    }
}
