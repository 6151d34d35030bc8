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

    /**
     * The lines of {@code text}; explicit line breaks in the text are kept. {@code measure} must add up: the width
     * of two strings together is the sum of their widths (a font's advance widths, no kerning), so that a line's
     * width is kept as a running sum instead of measuring the whole line again for every word.
     */
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
        Line line = new Line();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            Word word = Word.of(text.substring(start, end), measure);
            // As wide as the line would be without its trailing spaces, the word's own spaces left out too.
            double fitted = word.blank() ? line.visibleWidth : line.width + word.visibleWidth();
            if (fitted <= width) {
                line.append(word);
                continue;
            }
            if (!line.text.isEmpty()) {
                lines.add(line.text.toString().stripTrailing());
                line = new Line();
            }
            line.append(word.visibleWidth() <= width ? word : Word.of(cut(word.text(), width, measure, lines), measure));
        }
        lines.add(line.text.toString().stripTrailing());
    }

    /** Adds the full-width pieces of an over-long word to {@code lines}; returns the rest. */
    private static String cut(String word, double width, ToDoubleFunction<String> measure, List<String> lines) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(word);
        StringBuilder piece = new StringBuilder();
        double pieceWidth = 0;
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = word.substring(start, end);
            double clusterWidth = measure.applyAsDouble(cluster);
            if (!piece.isEmpty() && pieceWidth + clusterWidth > width) {
                lines.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.append(cluster);
            pieceWidth += clusterWidth;
        }
        return piece.toString();
    }

    /** A piece of text between two break opportunities: its width without and with its trailing white space. */
    private record Word(String text, boolean blank, double visibleWidth, double spaceWidth) {

        static Word of(String text, ToDoubleFunction<String> measure) {
            String visible = text.stripTrailing();
            double spaceWidth = visible.length() == text.length() ? 0 : measure.applyAsDouble(text.substring(visible.length()));
            return new Word(text, visible.isEmpty(), measure.applyAsDouble(visible), spaceWidth);
        }
    }

    /** A line being filled: its text, its width, and its width without trailing white space. */
    private static final class Line {
        final StringBuilder text = new StringBuilder();
        double width;
        double visibleWidth;

        void append(Word word) {
            if (!word.blank()) {
                visibleWidth = width + word.visibleWidth();
            }
            text.append(word.text());
            width += word.visibleWidth() + word.spaceWidth();
        }
    }
}
