package th.ita.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The programs a reader of the published report uses, run on it as they are: poppler's pdftotext (Debian's
 * poppler-utils) and LibreOffice headless (libreoffice-writer), both installed by .ci/run. A missing program fails
 * the test rather than skipping it.
 */
final class ExternalTools {

    private static final long TIMEOUT_MINUTES = 5;

    private ExternalTools() {
    }

    /**
     * Runs a command to its end and returns what it printed; fails on a non-zero exit. The output goes to a file,
     * so that a program that hangs with its output open is still ended at the time-out.
     */
    static String run(List<String> command) {
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
