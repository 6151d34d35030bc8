package th.ita.shared;

import org.apache.tika.Tika;

/**
 * The media type of a file found in its bytes (Apache Tika), for the uploads that must not be trusted by their name.
 * <p>
 * One detector, made on first use: the first Tika reads its MIME database (over a thousand types, parsed from XML),
 * which beans that each made their own at construction put in front of every start-up. Tika's detection is safe
 * to share between threads.
 */
public final class FileTypes {

    private FileTypes() {
    }

    /** The type from the bytes, with the name as a hint where the bytes alone cannot tell (CSV from plain text). */
    public static String detect(byte[] content, String fileName) {
        return Detector.TIKA.detect(content, fileName);
    }

    /** The type from the bytes alone, for when a name may lie (an SVG named x.png). */
    public static String detect(byte[] content) {
        return Detector.TIKA.detect(content);
    }

    /** Initialised by the JVM on the first detection, once, whichever thread gets there first. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }
}
