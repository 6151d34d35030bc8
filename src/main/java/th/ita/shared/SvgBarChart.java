package th.ita.shared;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as an SVG string.
 * <p>
 * Why server-side SVG: Vaadin Charts is commercial and the Directory's add-ons are out of reach; wrapping an npm
 * library would mean a frontend bundle rebuild for a handful of bars. An SVG string needs neither, is rendered
 * by the browser as it is (Vaadin's {@code Svg}), and the very same picture can go into the PDF report. Colours
 * are attributes, not CSS, for that reason. Lives in {@code shared} so the report can use it without depending
 * on the dashboard.
 * <p>
 * Accessible and responsive: the root carries {@code role="img"}, an {@code aria-label} and a {@code <title>};
 * the size comes from the {@code viewBox} with width 100%. A bar with a value stands on a grey track of the whole
 * scale, so that 0 shows as an empty track rather than as nothing; a bar without a value (an unknown score) draws
 * neither bar nor track, only its text, so it can never be read as zero. Callers pass the texts already translated.
 */
public final class SvgBarChart {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 240;
    static final int VALUE_WIDTH = 110;
    static final int ROW = 30;
    static final int BAR_HEIGHT = 18;
    static final int TOP = 10;
    static final int MAX_LABEL_CHARS = 34;
    /** The narrow (phone) layout: drawn at about a phone's width, so its 13-unit text is 13 px there, not 7. */
    static final int NARROW_WIDTH = 360;
    static final int NARROW_VALUE_WIDTH = 80;
    static final int LINE = 16;
    static final int MAX_LINE_CHARS = 44;
    static final int MAX_LINES = 3;
    private static final String BELOW = "#c62828";
    private static final String ABOVE = "#2e7d32";
    private static final String PLAIN = "#1565c0";
    private static final String TRACK = "#eeeeee";
    private static final String TRACK_EDGE = "#9e9e9e";

    /** One row; {@code value} null when unknown. */
    public record Bar(String label, Double value, String valueText) {
    }

    private final String title;
    private final double max;
    private final List<Bar> bars = new ArrayList<>();
    private Double reference;
    private String referenceLabel;

    public SvgBarChart(String title, double max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.title = title;
        this.max = max;
    }

    public SvgBarChart bar(String label, Double value, String valueText) {
        bars.add(new Bar(label, value, valueText));
        return this;
    }

    /** A vertical dashed line, e.g. the pass mark; bars below it are drawn red, the others green. */
    public SvgBarChart referenceLine(double value, String label) {
        this.reference = value;
        this.referenceLabel = label;
        return this;
    }

    public String toSvg() {
        int barsBottom = TOP + bars.size() * ROW;
        int height = barsBottom + (reference == null ? 8 : 28);
        StringBuilder svg = open(WIDTH, height);
        for (int i = 0; i < bars.size(); i++) {
            row(svg, bars.get(i), TOP + i * ROW);
        }
        if (reference != null) {
            String x = number(x(reference));
            svg.append("<line class=\"reference\" x1=\"").append(x).append("\" x2=\"").append(x)
                    .append("\" y1=\"").append(TOP - 4).append("\" y2=\"").append(barsBottom)
                    .append("\" stroke=\"#424242\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                    .append("<text class=\"reference-label\" x=\"").append(x).append("\" y=\"").append(barsBottom + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#424242\">").append(escape(referenceLabel)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The same chart for a phone's width: each label on its own lines (wrapped between words, up to three) above its
     * bar, which then has the whole width. Side by side at 640 units scaled to a 360 px screen, the text was 7 px high
     * and the labels were cut after 34 characters.
     */
    public String toNarrowSvg() {
        StringBuilder rows = new StringBuilder();
        int y = TOP;
        for (Bar bar : bars) {
            List<String> lines = wrap(bar.label());
            rows.append("<g class=\"row\"><title>").append(escape(bar.label())).append(": ")
                    .append(escape(bar.valueText())).append("</title><text class=\"label\" x=\"0\" y=\"").append(y)
                    .append("\" fill=\"#212121\">");
            for (int i = 0; i < lines.size(); i++) {
                rows.append("<tspan x=\"0\" dy=\"").append(i == 0 ? LINE - 3 : LINE).append("\">")
                        .append(escape(lines.get(i))).append("</tspan>");
            }
            rows.append("</text>");
            y += lines.size() * LINE + 4;
            int barWidth = NARROW_WIDTH - NARROW_VALUE_WIDTH;
            double valueEnd = 0;
            if (bar.value() != null) {
                valueEnd = scaled(bar.value(), barWidth);
                rows.append("<rect class=\"track\" x=\"0\" y=\"").append(y).append("\" width=\"").append(barWidth)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(TRACK).append("\" stroke=\"")
                        .append(TRACK_EDGE).append("\" stroke-width=\"1\"/>")
                        .append("<rect class=\"bar\" x=\"0\" y=\"").append(y).append("\" width=\"").append(number(valueEnd))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour(bar.value())).append("\"/>");
            }
            if (reference != null) {
                // A mark across each bar rather than one line down the chart, which would cross the labels.
                String x = number(scaled(reference, barWidth));
                rows.append("<line class=\"reference\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                        .append(y - 3).append("\" y2=\"").append(y + BAR_HEIGHT + 3)
                        .append("\" stroke=\"#424242\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            }
            rows.append("<text class=\"").append(bar.value() == null ? "value unknown" : "value").append("\" x=\"")
                    .append(number(bar.value() == null ? 0 : valueEnd + 6)).append("\" y=\"").append(y + BAR_HEIGHT / 2 + 5)
                    .append('"').append(bar.value() == null ? " fill=\"#616161\" font-style=\"italic\">" : " fill=\"#212121\">")
                    .append(escape(bar.valueText())).append("</text></g>");
            y += BAR_HEIGHT + 12;
        }
        if (reference != null) {
            // The legend of the marks: a short one of them, then its label.
            rows.append("<line x1=\"4\" x2=\"4\" y1=\"").append(y - 4).append("\" y2=\"").append(y + 12)
                    .append("\" stroke=\"#424242\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                    .append("<text class=\"reference-label\" x=\"14\" y=\"").append(y + 8).append("\" fill=\"#424242\">")
                    .append(escape(referenceLabel)).append("</text>");
            y += 18;
        }
        return open(NARROW_WIDTH, y).append(rows).append("</svg>").toString();
    }

    private StringBuilder open(int width, int height) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"')
                .append(" preserveAspectRatio=\"xMinYMin meet\" font-family=\"Sarabun, 'Noto Sans Thai', Tahoma, sans-serif\" font-size=\"13\"")
                .append(" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
    }

    private double scaled(double value, int width) {
        return Math.max(0, Math.min(max, value)) / max * width;
    }

    /**
     * A label in lines of at most {@link #MAX_LINE_CHARS}, broken between words (Thai by the JDK's dictionary), at
     * most {@link #MAX_LINES} of them, the last cut as {@link #shorten} cuts.
     */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        String rest = label == null ? "" : label.strip();
        while (!rest.isEmpty() && lines.size() < MAX_LINES - 1 && rest.codePointCount(0, rest.length()) > MAX_LINE_CHARS) {
            BreakIterator words = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
            words.setText(rest);
            int limit = rest.offsetByCodePoints(0, MAX_LINE_CHARS);
            int end = words.preceding(limit + 1);
            if (end <= 0) {
                end = limit; // one word longer than a line: cut it there
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest.codePointCount(0, rest.length()) > MAX_LINE_CHARS ? shorten(rest, MAX_LINE_CHARS) : rest);
        }
        return lines;
    }

    /** Where a value falls on the horizontal axis (clamped to the chart). */
    double x(double value) {
        double clamped = Math.max(0, Math.min(max, value));
        return LABEL_WIDTH + clamped / max * (WIDTH - LABEL_WIDTH - VALUE_WIDTH);
    }

    private void row(StringBuilder svg, Bar bar, int y) {
        int textY = y + BAR_HEIGHT / 2 + 5;
        svg.append("<g class=\"row\"><title>").append(escape(bar.label())).append(": ")
                .append(escape(bar.valueText())).append("</title>")
                .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(textY)
                .append("\" text-anchor=\"end\" fill=\"#212121\">").append(escape(shorten(bar.label()))).append("</text>");
        double valueEnd = LABEL_WIDTH;
        if (bar.value() != null) {
            valueEnd = x(bar.value());
            // The track: the whole scale behind the bar, so a value of 0 still shows an (empty) bar, not nothing.
            svg.append("<rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(WIDTH - LABEL_WIDTH - VALUE_WIDTH).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(TRACK).append("\" stroke=\"").append(TRACK_EDGE)
                    .append("\" stroke-width=\"1\"/>");
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(number(valueEnd - LABEL_WIDTH)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(colour(bar.value())).append("\"/>");
        }
        svg.append("<text class=\"").append(bar.value() == null ? "value unknown" : "value").append("\" x=\"")
                .append(number(valueEnd + 6)).append("\" y=\"").append(textY).append('"')
                .append(bar.value() == null ? " fill=\"#616161\" font-style=\"italic\">" : " fill=\"#212121\">")
                .append(escape(bar.valueText())).append("</text></g>");
    }

    private String colour(double value) {
        return reference == null ? PLAIN : value < reference ? BELOW : ABOVE;
    }

    /** Cut at a grapheme boundary so a Thai tone mark never loses its consonant; the full text is in the row's title. */
    static String shorten(String label) {
        return shorten(label, MAX_LABEL_CHARS);
    }

    private static String shorten(String label, int maxChars) {
        if (label == null || label.codePointCount(0, label.length()) <= maxChars) {
            return label == null ? "" : label;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.forLanguageTag("th"));
        graphemes.setText(label);
        int end = graphemes.following(label.offsetByCodePoints(0, maxChars - 1));
        return label.substring(0, end == BreakIterator.DONE ? label.length() : end) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // Control characters are not allowed in XML 1.0 at all; drop them rather than break the chart.
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
