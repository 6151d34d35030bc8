package th.ita.e2e;

import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
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
        page.locator("input[ng-model=username]").fill("admin");
        page.locator("input[ng-model=password]").fill("demo");
        page.locator("button[type=submit].btn-lg").click();
        page.locator("input[ng-model=username]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        page.navigate(browser.url("/camunda/app/tasklist/default/#/?task=" + check.getId()));
        assertThat(page.locator(".fjs-container")).containsText("ผลการตรวจความครบถ้วน");
        assertThat(page.locator(".fjs-container")).containsText("ครบถ้วน เสนอผู้บริหาร");
        BrowserSession.screenshot(page, "tasklist-coordinator-check");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
