package th.ita.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.support.MeasureSteps;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The same forms/ file our screens render, rendered by Camunda Tasklist at /camunda: the administrator opens the
 * coordinator's check of a measure and sees its fields, including the division select filled from the measure.
 */
@BrowserTest
class TasklistFormE2EIT {

    @LocalServerPort int port;
    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired TestUsers users;
    BrowserSession browser;

    @Test
    void tasklistRendersTheCoordinatorsCheckFromTheSameFormFile() {
        String pi = measureService.start("มาตรการใน Tasklist " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.accept(pi, "finance");
        Task check = steps.task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null);

        browser = new BrowserSession("http://localhost:" + port);
        Page page = browser.anonymousPage();
        page.navigate(browser.url("/camunda/app/tasklist/default/"));
        // The first task opened in a fresh JVM loads Tasklist's form renderer and makes the first calls for a task
        // and its deployed form: a first load (it took over 5 s on a newcomer's first build), so its timeout.
        Locator form = page.locator(".fjs-container");
        Locator loginForm = page.locator("input[ng-model=username]");
        for (int attempt = 1; ; attempt++) {
            logIn(page);
            page.navigate(browser.url("/camunda/app/tasklist/default/#/?task=" + check.getId()));
            form.or(loginForm).first().waitFor();
            // Tasklist sometimes drops a session it has only just made (a 401 on the task, then its login form
            // again: seen once in a dozen cold runs). What is tested is the form, so log in again, twice at most.
            if (form.isVisible() || attempt == 3) {
                break;
            }
        }
        form.waitFor();
        assertThat(form).containsText("ผลการตรวจความครบถ้วน");
        assertThat(form).containsText("ครบถ้วน เสนอผู้บริหาร");
        BrowserSession.screenshot(page, "tasklist-coordinator-check");
    }

    private static void logIn(Page page) {
        page.locator("input[ng-model=username]").fill("admin");
        page.locator("input[ng-model=password]").fill("demo");
        // Logged in means Tasklist's own engine calls succeed, not that the login form has gone: it goes before
        // the session is in place, and a task opened in that moment gets a 401 and the login form again.
        page.waitForResponse(response -> response.url().contains("/api/engine/engine/default/filter")
                && response.status() == 200, () -> page.locator("button[type=submit].btn-lg").click());
    }
}
