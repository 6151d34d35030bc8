package th.ita.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The programs a reader of the published report uses, run on it as they are: poppler's pdftotext (Debian's
 * poppler-utils) and LibreOffice headless (libreoffice-writer), both installed by .ci/run. A program missing from
 * the PATH fails the test on CI (the variable {@code CI} set) and skips it elsewhere, naming the package: a machine
 * with only a JDK runs the rest (docs/TESTING.md).
 */
final class ExternalTools {

    private static final long TIMEOUT_MINUTES = 5;
    /** The Debian/Ubuntu package of each program called by name. */
    private static final Map<String, String> PACKAGES = Map.of("pdftotext", "poppler-utils", "soffice", "libreoffice-writer");

    private ExternalTools() {
    }

    /**
     * Runs a command to its end and returns what it printed; fails on a non-zero exit. The output goes to a file,
     * so that a program that hangs with its output open is still ended at the time-out.
     */
    static String run(List<String> command) {
        requireInstalled(command.get(0));
        Path log = null;
        try {
            log = Files.createTempFile("external-tool", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after " + TIMEOUT_MINUTES + " min: " + command);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited " + process.exitValue() + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (log != null) {
                log.toFile().delete();
            }
        }
    }

    private static void requireInstalled(String program) {
        String debianPackage = PACKAGES.get(program);
        if (debianPackage == null || onPath(program)) {
            return;
        }
        String message = program + " is not on the PATH: install " + debianPackage + " (Debian/Ubuntu: apt-get install "
                + debianPackage + ") to run this check of the report as its readers' programs read it";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        abort(message);
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** LibreOffice's conversion of {@code source} with the filter {@code convertTo}, as text. */
    static String libreOffice(Path source, String convertTo, String extension) {
        return new String(libreOfficeBytes(source, convertTo, extension), StandardCharsets.UTF_8);
    }

    /**
     * LibreOffice's conversion of {@code source}. A profile of its own for each run, so that it neither waits
     * for another LibreOffice on the machine nor depends on a user's settings.
     */
    static byte[] libreOfficeBytes(Path source, String convertTo, String extension) {
        try {
            Path work = Files.createTempDirectory(source.getParent(), "soffice");
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", convertTo, "--outdir", work.toString(), source.toString()));
            try {
                String log = run(command);
                String name = source.getFileName().toString().replaceFirst("\\.[^.]+$", "") + extension;
                Path converted = work.resolve(name);
                if (!Files.exists(converted)) {
                    throw new IllegalStateException("LibreOffice wrote no " + name + ":\n" + log);
                }
                return Files.readAllBytes(converted);
            } finally {
                deleteTree(work.resolve("profile")); // some MB a run; the converted file stays for a look
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
