package th.ita.e2e;

import com.microsoft.playwright.impl.driver.Driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Which Chromium the browser tests drive: {@code CHROMIUM_PATH}'s, else the system's {@code /usr/bin/chromium} (what
 * CI installs, .ci/run), else Playwright's own build, downloaded once into {@code ~/.cache/ms-playwright} from
 * Playwright's CDN, so that a machine with only a JDK runs them too ({@code CHROMIUM_PATH=playwright} asks for that
 * one even where a system Chromium exists). Where none can be had, the test is skipped, or fails on CI (the variable
 * {@code CI} set), with what to install.
 */
final class Chromium {

    static final String PATH_VARIABLE = "CHROMIUM_PATH";
    static final String PLAYWRIGHTS_OWN = "playwright";
    static final Path SYSTEM = Paths.get("/usr/bin/chromium");
    /** Chromium and its headless shell, some 250 MB, on a slow line. */
    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    /** Why Playwright's own Chromium could not be installed in this JVM ("" once it is): tried once per JVM. */
    private static String installProblem;

    private Chromium() {
    }

    /** The Chromium to launch, or empty for Playwright's own (then installed). Skips or fails the test if none. */
    static Optional<Path> executable() {
        String configured = System.getenv(PATH_VARIABLE);
        boolean unset = configured == null || configured.isBlank();
        if (!unset && !configured.equals(PLAYWRIGHTS_OWN)) {
            Path path = Paths.get(configured);
            if (!Files.isExecutable(path)) {
                fail(PATH_VARIABLE + "=" + configured + " is not an executable file: point it at a Chromium or Chrome "
                        + "binary, or unset it to use " + SYSTEM + " or Playwright's own Chromium");
            }
            return Optional.of(path);
        }
        if (unset && Files.isExecutable(SYSTEM)) {
            return Optional.of(SYSTEM);
        }
        String problem = installPlaywrightsChromium();
        if (!problem.isEmpty()) {
            String message = "No Chromium for the browser tests: " + (unset ? "none at " + SYSTEM
                    + ", " + PATH_VARIABLE + " not set, and " : "") + "Playwright could not download its own ("
                    + problem + "). Install Chromium (Debian/Ubuntu: apt-get install chromium; elsewhere set "
                    + PATH_VARIABLE + " to a Chromium or Chrome binary), or let this machine reach Playwright's CDN "
                    + "(https://cdn.playwright.dev) once; see docs/TESTING.md";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            abort(message);
        }
        return Optional.empty();
    }

    /**
     * Only Chromium, not the three browsers {@code Playwright.create()} would fetch by itself (the pom sets
     * {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} for that reason). Fast when it is already there.
     */
    private static synchronized String installPlaywrightsChromium() {
        if (installProblem == null) {
            installProblem = install();
        }
        return installProblem;
    }

    private static String install() {
        Path log = null;
        try {
            log = Files.createTempFile("playwright-install", ".log");
            ProcessBuilder command = Driver.ensureDriverInstalled(Map.of(), false).createProcessBuilder();
            command.command().addAll(List.of("install", "chromium"));
            command.redirectErrorStream(true).redirectOutput(log.toFile());
            Process process = command.start();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "playwright install chromium did not finish in " + INSTALL_TIMEOUT_MINUTES + " minutes";
            }
            if (process.exitValue() != 0) {
                // Its message, not the stack of the Node.js process that printed it.
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("at ")).toList();
                return "playwright install chromium exited " + process.exitValue() + ": "
                        + String.join(" ", lines.subList(Math.max(0, lines.size() - 2), lines.size()));
            }
            return "";
        } catch (IOException | RuntimeException e) {
            return "playwright install chromium could not run: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            if (log != null) {
                log.toFile().delete();
            }
        }
    }
}
