package th.ita.report;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * veraPDF, the PDF Association's reference validator, on a PDF as PDF/A-2u. It runs in a JVM of its own: it reads
 * its validation profiles with the javax JAXB runtime, whose classes (com.sun.xml.bind) are replaced on the test
 * class path by the Jakarta ones Camunda brings; the child gets the same class path with the javax runtime copied
 * to target/verapdf-jaxb by the build instead.
 */
final class PdfAValidation {

    private PdfAValidation() {
    }

    /** The failed rules, one line each (clause-test, what failed, where); empty for a compliant file. */
    static List<String> failures(byte[] pdf) {
        try {
            Path file = Files.createTempFile(Files.createDirectories(Path.of("target", "published-report")), "pdfa", ".pdf");
            Files.write(file, pdf);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String out = ExternalTools.run(List.of(java, "-cp", classPath(), PdfAValidation.class.getName(), file.toString()));
            return out.lines().filter(line -> line.startsWith("FAILED ")).map(line -> line.substring(7)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPath() throws IOException {
        Stream<String> ours = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').contains("/com/sun/xml/bind/"));
        try (Stream<Path> jaxb = Files.list(Path.of("target", "verapdf-jaxb"))) {
            List<String> javax = jaxb.map(Path::toString).toList();
            if (javax.isEmpty()) {
                throw new IllegalStateException("target/verapdf-jaxb is empty: run the build's generate-test-resources");
            }
            return Stream.concat(javax.stream(), ours).collect(Collectors.joining(File.pathSeparator));
        }
    }

    /** In the child JVM: prints "FAILED ..." per failed rule, or "COMPLIANT"; exits 0 either way once validated. */
    public static void main(String[] args) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_U;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> "FAILED " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " at " + a.getLocation().getContext())
                    .distinct().forEach(System.out::println);
            System.out.println(result.isCompliant() ? "COMPLIANT" : "FAILED not compliant");
        } catch (Exception e) {
            System.out.println("FAILED not readable as PDF/A: " + e);
        }
    }
}
