package th.ita.shared;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgBarChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void isValidSvg_withOneBarPerKnownValue_titleAriaLabelAndResponsiveViewBox() throws Exception {
        Document doc = parse(new SvgBarChart("คะแนน ITA", 100)
                .bar("ตัวชี้วัดที่ 2", 83.09, "83.09").bar("ตัวชี้วัดที่ 4", 81.13, "81.13").bar("ตัวชี้วัดที่ 10", 68.75, "68.75")
                .toSvg());

        Element svg = doc.getDocumentElement();
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("คะแนน ITA");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 640 ");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("คะแนน ITA");
        assertThat(withClass(doc, "rect", "bar")).hasSize(3);
        assertThat(withClass(doc, "text", "label")).extracting(Element::getTextContent)
                .containsExactly("ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 4", "ตัวชี้วัดที่ 10");
    }

    @Test
    void textsAreEscaped_andSurviveTheRoundTrip() throws Exception {
        String nasty = "R&D <script>alert('x')</script> \"q\"";
        Document doc = parse(new SvgBarChart(nasty, 10).bar(nasty, 5.0, "5 < 6 & 7").toSvg());

        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(nasty);
        assertThat(withClass(doc, "text", "value").get(0).getTextContent()).isEqualTo("5 < 6 & 7");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    @Test
    void referenceLine_standsAtItsValue_andColoursBarsBelowIt() throws Exception {
        SvgBarChart chart = new SvgBarChart("t", 100).bar("a", 83.09, "83.09").bar("b", 90.0, "90.00")
                .referenceLine(85, "เกณฑ์ผ่าน 85");
        Document doc = parse(chart.toSvg());

        Element line = withClass(doc, "line", "reference").get(0);
        double expected = SvgBarChart.LABEL_WIDTH + 0.85 * (SvgBarChart.WIDTH - SvgBarChart.LABEL_WIDTH - SvgBarChart.VALUE_WIDTH);
        assertThat(Double.parseDouble(line.getAttribute("x1"))).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.05));
        assertThat(line.getAttribute("x2")).isEqualTo(line.getAttribute("x1"));
        assertThat(withClass(doc, "text", "reference-label").get(0).getTextContent()).isEqualTo("เกณฑ์ผ่าน 85");
        List<Element> bars = withClass(doc, "rect", "bar");
        assertThat(bars.get(0).getAttribute("fill")).isNotEqualTo(bars.get(1).getAttribute("fill"));
        double end = SvgBarChart.LABEL_WIDTH + Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(end).isGreaterThan(expected);
    }

    @Test
    void unknownValues_drawNoBar_butShowTheirText() throws Exception {
        Document doc = parse(new SvgBarChart("t", 100).bar("ตัวชี้วัดที่ 1", null, "ไม่ทราบ").bar("ตัวชี้วัดที่ 2", 0.0, "0.00")
                .referenceLine(85, "85").toSvg());

        assertThat(withClass(doc, "rect", "bar")).hasSize(1);
        assertThat(withClass(doc, "text", "unknown")).extracting(Element::getTextContent).containsExactly("ไม่ทราบ");
    }

    @Test
    void longThaiLabels_areCutBetweenCharacters_neverInsideOne() {
        String label = "มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน";
        String shortened = SvgBarChart.shorten(label);

        assertThat(shortened).endsWith("…");
        String kept = shortened.substring(0, shortened.length() - 1);
        assertThat(label).startsWith(kept);
        // The next character of the label must not be a combining mark (tone mark, upper or lower vowel).
        int next = label.codePointAt(kept.length());
        assertThat(Character.getType(next)).isNotEqualTo((int) Character.NON_SPACING_MARK);
    }

    @Test
    void aChartNeedsAPositiveScale() {
        assertThatThrownBy(() -> new SvgBarChart("t", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroValueShowsItsEmptyTrack_anUnknownOneNeitherTrackNorBar() throws Exception {
        Document doc = parse(new SvgBarChart("t", 100).bar("none done", 0.0, "0/4").bar("unknown", null, "ไม่ทราบ").toSvg());

        List<Element> tracks = withClass(doc, "rect", "track");
        assertThat(tracks).hasSize(1);
        assertThat(Double.parseDouble(tracks.get(0).getAttribute("width")))
                .isEqualTo(SvgBarChart.WIDTH - SvgBarChart.LABEL_WIDTH - SvgBarChart.VALUE_WIDTH);
        assertThat(tracks.get(0).getAttribute("stroke")).isNotEmpty();
        assertThat(withClass(doc, "rect", "bar")).singleElement()
                .satisfies(bar -> assertThat(Double.parseDouble(bar.getAttribute("width"))).isZero());
    }

    @Test
    void onAPhone_eachLabelIsWrappedBetweenWordsAboveItsBar_whichHasTheWholeWidth() throws Exception {
        String longLabel = "ตัวชี้วัดที่ 9 การป้องกันการทุจริตและประพฤติมิชอบในหน่วยงานตามแผนปฏิบัติการประจำปี";
        Document doc = parse(new SvgBarChart("คะแนน ITA", 100).referenceLine(85, "เกณฑ์ผ่าน 85.00")
                .bar(longLabel, 68.75, "68.75").bar("ตัวชี้วัดที่ 2", 90.0, "90.00").toNarrowSvg());

        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 " + SvgBarChart.NARROW_WIDTH + " ");
        List<Element> labels = withClass(doc, "text", "label");
        assertThat(labels).hasSize(2);
        // The whole long label, over two lines, nothing cut: the lines put together give it back (but the spaces
        // where a line was broken).
        var lines = labels.get(0).getElementsByTagNameNS("*", "tspan");
        assertThat(lines.getLength()).isEqualTo(2);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.getLength(); i++) {
            String line = lines.item(i).getTextContent();
            assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(SvgBarChart.MAX_LINE_CHARS);
            joined.append(line);
        }
        assertThat(longLabel.replace(" ", "")).isEqualTo(joined.toString().replace(" ", ""));
        // Bars start at the left edge and share the width with their values only.
        assertThat(withClass(doc, "rect", "track")).allSatisfy(track -> assertThat(Double.parseDouble(track.getAttribute("width")))
                .isEqualTo(SvgBarChart.NARROW_WIDTH - SvgBarChart.NARROW_VALUE_WIDTH));
        assertThat(withClass(doc, "rect", "bar")).extracting(bar -> bar.getAttribute("fill")).containsExactly("#c62828", "#2e7d32");
        assertThat(withClass(doc, "line", "reference")).hasSize(2);
        assertThat(withClass(doc, "text", "reference-label")).extracting(Element::getTextContent).containsExactly("เกณฑ์ผ่าน 85.00");
    }

    @Test
    void aLabelLongerThanThreeLines_isCutAtTheThird() {
        String label = "ก".repeat(SvgBarChart.MAX_LINE_CHARS * 4);

        List<String> lines = SvgBarChart.wrap(label);

        assertThat(lines).hasSize(SvgBarChart.MAX_LINES);
        assertThat(lines.get(2)).endsWith("…");
        assertThat(SvgBarChart.wrap("สั้น")).containsExactly("สั้น");
    }
}
