package th.ita.security;

import th.ita.workflow.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.organisation.OrganisationService;
import th.ita.plan.PlanService;
import th.ita.support.TestOrganisations;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access table of docs/ACCESS.md, row by row, over HTTP: each role (a demo account of it, or nobody) against
 * {@code /api} and {@code /engine-rest}. "ok" is any 2xx. A denial is 401 (anonymous), 403, or 404 where the
 * caller may not even see the process definition; "denied" is 400 or 403. Never a 2xx, never a 500.
 * The screens' rows are walked by the Karibu *RolesTest classes, the gates of each step by the probe tests.
 */
abstract class AbstractAccessMatrixIT {

    @Autowired TestRestTemplate rest;
    @Autowired MeasureService measureService;
    @Autowired PlanService planService;
    @Autowired OrganisationService organisations;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TestUsers users;
    @Autowired IdentityService identityService;

    @Autowired TestOrganisations testOrganisations;

    private String measure;
    private String divisionTask;
    private long plan;
    private long banTan;
    /** Another municipality, onboarded once per test JVM: its people are the "other-…" roles. */
    private static TestOrganisations.TestOrganisation other;

    /**
     * An administrator whose password the test knows: on PostgreSQL the database's own `admin` was created by
     * whatever configuration first started on it.
     */
    static final String ADMIN = "matrix.admin";
    static final String ADMIN_PASSWORD = "Zk4-Quiet-Heron-Lake";
    /** A platform administrator only (not camunda-admin): the operator's account for the actuator's doors. */
    static final String PLATFORM = "matrix.platform";
    static final String PLATFORM_PASSWORD = "Wq9-Amber-Ferry-Slope";

    @BeforeEach
    void anAdministrator() {
        if (identityService.createUserQuery().userId(ADMIN).count() == 0) {
            User admin = identityService.newUser(ADMIN);
            admin.setFirstName("Matrix");
            admin.setLastName("Admin");
            admin.setPassword(ADMIN_PASSWORD);
            identityService.saveUser(admin);
            identityService.createMembership(ADMIN, Groups.ADMIN);
        }
        if (identityService.createUserQuery().userId(PLATFORM).count() == 0) {
            User platform = identityService.newUser(PLATFORM);
            platform.setFirstName("Matrix");
            platform.setLastName("Platform");
            platform.setPassword(PLATFORM_PASSWORD);
            identityService.saveUser(platform);
            identityService.createMembership(PLATFORM, Groups.PLATFORM_ADMIN);
        }
    }

    @BeforeEach
    void aRunningMeasureOfFinance() {
        measure = measureService.start("matrix " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        divisionTask = taskService.createTaskQuery().processInstanceId(measure)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).singleResult().getId();
        // The demo municipality's plan, whose people the roles are (a shared database holds other organisations' too).
        banTan = users.user("coordinator").requireOrganisation();
        String banTanName = organisations.find(banTan).orElseThrow().nameTh();
        plan = planService.list().stream().filter(p -> p.organisation().equals(banTanName)).findFirst().orElseThrow().id();
        if (other == null) {
            other = testOrganisations.onboard();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # role          | method | path                                           | expected
            officer         | GET    | /api/plans                                     | ok
            head            | GET    | /api/plans                                     | ok
            coordinator     | GET    | /api/plans                                     | ok
            executive       | GET    | /api/plans                                     | ok
            admin           | GET    | /api/plans                                     | ok
            anonymous       | GET    | /api/plans                                     | 401
            officer         | GET    | /api/plans/{plan}/audit.csv                    | ok
            head            | GET    | /api/plans/{plan}/audit.csv                    | ok
            coordinator     | GET    | /api/plans/{plan}/audit.csv                    | ok
            executive       | GET    | /api/plans/{plan}/audit.csv                    | ok
            anonymous       | GET    | /api/plans/{plan}/audit.csv                    | 401
            officer         | GET    | /api/plans/{plan}/report.pdf                   | 403
            head            | GET    | /api/plans/{plan}/report.pdf                   | 403
            coordinator     | GET    | /api/plans/{plan}/report.pdf                   | ok
            executive       | GET    | /api/plans/{plan}/report.pdf                   | ok
            admin           | GET    | /api/plans/{plan}/report.pdf                   | 403
            anonymous       | GET    | /api/plans/{plan}/report.pdf                   | 401
            officer         | GET    | /api/assessments                               | 403
            head            | GET    | /api/assessments                               | 403
            coordinator     | GET    | /api/assessments                               | ok
            executive       | GET    | /api/assessments                               | ok
            admin           | GET    | /api/assessments                               | ok
            anonymous       | GET    | /api/assessments                               | 401
            officer         | GET    | /api/measures/{measure}/decisions              | ok
            head            | GET    | /api/measures/{measure}/decisions              | ok
            coordinator     | GET    | /api/measures/{measure}/decisions              | ok
            executive       | GET    | /api/measures/{measure}/decisions              | ok
            admin           | GET    | /api/measures/{measure}/decisions              | 404
            anonymous       | GET    | /api/measures/{measure}/decisions              | 401
            officer         | GET    | /engine-rest/task                              | ok
            head            | GET    | /engine-rest/task                              | ok
            coordinator     | GET    | /engine-rest/task                              | ok
            executive       | GET    | /engine-rest/task                              | ok
            admin           | GET    | /engine-rest/task                              | ok
            anonymous       | GET    | /engine-rest/task                              | 401
            officer         | POST   | /engine-rest/process-definition/key/improvement-measure/start | 403
            head            | POST   | /engine-rest/process-definition/key/improvement-measure/start | 403
            coordinator     | POST   | /engine-rest/process-definition/key/improvement-measure/start | 403
            executive       | POST   | /engine-rest/process-definition/key/improvement-measure/start | 403
            anonymous       | POST   | /engine-rest/process-definition/key/improvement-measure/start | 401
            officer         | POST   | /engine-rest/process-definition/key/improvement-plan/start    | 404
            coordinator     | POST   | /engine-rest/process-definition/key/improvement-plan/start    | 403
            executive       | POST   | /engine-rest/process-definition/key/improvement-plan/start    | 403
            officer         | POST   | /engine-rest/process-instance/{measure}/modification | 403
            head            | POST   | /engine-rest/process-instance/{measure}/modification | 403
            coordinator     | POST   | /engine-rest/process-instance/{measure}/modification | 403
            executive       | POST   | /engine-rest/process-instance/{measure}/modification | 403
            anonymous       | POST   | /engine-rest/process-instance/{measure}/modification | 401
            officer         | PUT    | /engine-rest/process-instance/{measure}/variables/measureTitle | 403
            coordinator     | PUT    | /engine-rest/process-instance/{measure}/variables/measureTitle | 403
            executive       | PUT    | /engine-rest/process-instance/{measure}/variables/measureTitle | 403
            officer         | PUT    | /engine-rest/task/{task}/variables/division    | 403
            head            | PUT    | /engine-rest/task/{task}/variables/division    | 403
            coordinator     | PUT    | /engine-rest/task/{task}/variables/division    | 403
            executive       | PUT    | /engine-rest/task/{task}/variables/division    | 403
            officer         | POST   | /engine-rest/task/{task}/assignee              | 403
            head            | POST   | /engine-rest/task/{task}/assignee              | 403
            coordinator     | POST   | /engine-rest/task/{task}/assignee              | 403
            executive       | POST   | /engine-rest/task/{task}/assignee              | 403
            coordinator     | POST   | /engine-rest/task/{task}/claim                 | 403
            executive       | POST   | /engine-rest/task/{task}/claim                 | 403
            officer         | PUT    | /engine-rest/process-instance/{measure}/suspended | 403
            coordinator     | PUT    | /engine-rest/process-instance/{measure}/suspended | 403
            executive       | PUT    | /engine-rest/process-instance/{measure}/suspended | 403
            officer         | DELETE | /engine-rest/process-instance/{measure}        | 403
            coordinator     | DELETE | /engine-rest/process-instance/{measure}        | 403
            executive       | DELETE | /engine-rest/process-instance/{measure}        | 403
            officer         | POST   | /engine-rest/message                           | denied
            coordinator     | POST   | /engine-rest/message                           | denied
            executive       | POST   | /engine-rest/message                           | denied
            officer         | POST   | /engine-rest/user/create                       | 403
            head            | POST   | /engine-rest/user/create                       | 403
            coordinator     | POST   | /engine-rest/user/create                       | 403
            executive       | POST   | /engine-rest/user/create                       | 403
            anonymous       | POST   | /engine-rest/user/create                       | 401
            officer         | POST   | /engine-rest/authorization/create              | 403
            coordinator     | POST   | /engine-rest/authorization/create              | 403
            executive       | POST   | /engine-rest/authorization/create              | 403
            officer         | PUT    | /engine-rest/group/executive/members/finance.officer | 403
            coordinator     | PUT    | /engine-rest/group/executive/members/coordinator     | 403
            head            | PUT    | /engine-rest/group/executive/members/finance.head    | 403
            # Organisation-level doors (docs/ACCESS.md, "Organisation-level actions"). "other-…" are the people of
            # another organisation; {org} is the demo municipality. Writes are walked only where they are refused.
            officer         | GET    | /api/organisations                             | ok
            orgadmin        | GET    | /api/organisations                             | ok
            auditor         | GET    | /api/organisations                             | ok
            admin           | GET    | /api/organisations                             | ok
            other-coordinator | GET  | /api/organisations                             | ok
            anonymous       | GET    | /api/organisations                             | 401
            officer         | GET    | /api/organisations/{org}                       | ok
            orgadmin        | GET    | /api/organisations/{org}                       | ok
            auditor         | GET    | /api/organisations/{org}                       | ok
            admin           | GET    | /api/organisations/{org}                       | ok
            other-coordinator | GET  | /api/organisations/{org}                       | 404
            other-orgadmin  | GET    | /api/organisations/{org}                       | 404
            anonymous       | GET    | /api/organisations/{org}                       | 401
            officer         | POST   | /api/organisations                             | 403
            coordinator     | POST   | /api/organisations                             | 403
            orgadmin        | POST   | /api/organisations                             | 403
            auditor         | POST   | /api/organisations                             | 403
            other-orgadmin  | POST   | /api/organisations                             | 403
            anonymous       | POST   | /api/organisations                             | 401
            officer         | POST   | /api/organisations/{org}/users                 | 403
            head            | POST   | /api/organisations/{org}/users                 | 403
            coordinator     | POST   | /api/organisations/{org}/users                 | 403
            executive       | POST   | /api/organisations/{org}/users                 | 403
            auditor         | POST   | /api/organisations/{org}/users                 | 403
            other-orgadmin  | POST   | /api/organisations/{org}/users                 | 403
            anonymous       | POST   | /api/organisations/{org}/users                 | 401
            officer         | PUT    | /api/organisations/{org}/emblem                | 403
            head            | PUT    | /api/organisations/{org}/emblem                | 403
            coordinator     | PUT    | /api/organisations/{org}/emblem                | 403
            executive       | PUT    | /api/organisations/{org}/emblem                | 403
            auditor         | PUT    | /api/organisations/{org}/emblem                | 403
            other-orgadmin  | PUT    | /api/organisations/{org}/emblem                | 403
            anonymous       | PUT    | /api/organisations/{org}/emblem                | 401
            orgadmin        | PUT    | /api/organisations/{org}/emblem                | 400
            admin           | PUT    | /api/organisations/{org}/emblem                | 400
            officer         | DELETE | /api/organisations/{org}/emblem                | 403
            coordinator     | DELETE | /api/organisations/{org}/emblem                | 403
            other-orgadmin  | DELETE | /api/organisations/{org}/emblem                | 403
            anonymous       | DELETE | /api/organisations/{org}/emblem                | 401
            orgadmin        | DELETE | /api/organisations/{org}/emblem                | ok
            other-coordinator | GET  | /api/organisations/{org}/emblem                | 404
            anonymous       | GET    | /api/organisations/{org}/emblem                | 401
            officer         | POST   | /api/organisations/{org}/plans                 | 403
            head            | POST   | /api/organisations/{org}/plans                 | 403
            executive       | POST   | /api/organisations/{org}/plans                 | 403
            orgadmin        | POST   | /api/organisations/{org}/plans                 | 403
            auditor         | POST   | /api/organisations/{org}/plans                 | 403
            admin           | POST   | /api/organisations/{org}/plans                 | 403
            other-coordinator | POST | /api/organisations/{org}/plans                 | 403
            anonymous       | POST   | /api/organisations/{org}/plans                 | 401
            officer         | POST   | /api/plans/{plan}/submit                       | 403
            executive       | POST   | /api/plans/{plan}/submit                       | 403
            other-coordinator | POST | /api/plans/{plan}/submit                       | 404
            anonymous       | POST   | /api/plans/{plan}/submit                       | 401
            officer         | POST   | /api/plans/{plan}/approve                      | 403
            coordinator     | POST   | /api/plans/{plan}/approve                      | 403
            other-executive | POST   | /api/plans/{plan}/approve                      | 404
            anonymous       | POST   | /api/plans/{plan}/approve                      | 401
            officer         | GET    | /api/tasks                                     | ok
            other-officer   | GET    | /api/tasks                                     | ok
            anonymous       | GET    | /api/tasks                                     | 401
            other-officer   | POST   | /api/tasks/{task}/claim                        | 404
            other-head      | POST   | /api/tasks/{task}/claim                        | 404
            other-coordinator | POST | /api/tasks/{task}/claim                        | 404
            auditor         | POST   | /api/tasks/{task}/claim                        | 404
            admin           | POST   | /api/tasks/{task}/claim                        | 404
            anonymous       | POST   | /api/tasks/{task}/claim                        | 401
            other-officer   | POST   | /api/tasks/{task}/work                         | 404
            auditor         | POST   | /api/tasks/{task}/work                         | 404
            anonymous       | POST   | /api/tasks/{task}/work                         | 401
            other-head      | POST   | /api/tasks/{task}/decision                     | 404
            other-executive | POST   | /api/tasks/{task}/decision                     | 404
            anonymous       | POST   | /api/tasks/{task}/decision                     | 401
            officer         | POST   | /api/province-auditors                         | 403
            coordinator     | POST   | /api/province-auditors                         | 403
            orgadmin        | POST   | /api/province-auditors                         | 403
            auditor         | POST   | /api/province-auditors                         | 403
            anonymous       | POST   | /api/province-auditors                         | 401
            # The OIT board (docs/ACCESS.md, "OIT readiness board"), the plan file and LINE's webhook.
            officer         | GET    | /api/organisations/{org}/oit?year=2566         | ok
            head            | GET    | /api/organisations/{org}/oit?year=2566         | ok
            coordinator     | GET    | /api/organisations/{org}/oit?year=2566         | ok
            executive       | GET    | /api/organisations/{org}/oit?year=2566         | ok
            orgadmin        | GET    | /api/organisations/{org}/oit?year=2566         | ok
            auditor         | GET    | /api/organisations/{org}/oit?year=2566         | ok
            admin           | GET    | /api/organisations/{org}/oit?year=2566         | 404
            other-coordinator | GET  | /api/organisations/{org}/oit?year=2566         | 404
            other-officer   | GET    | /api/organisations/{org}/oit.csv?year=2566     | 404
            anonymous       | GET    | /api/organisations/{org}/oit?year=2566         | 401
            coordinator     | GET    | /api/organisations/{org}/oit.csv?year=2566     | ok
            anonymous       | GET    | /api/organisations/{org}/oit.csv?year=2566     | 401
            executive       | PUT    | /api/organisations/{org}/oit/o1?year=2566      | 403
            orgadmin        | PUT    | /api/organisations/{org}/oit/o1?year=2566      | 403
            auditor         | PUT    | /api/organisations/{org}/oit/o1?year=2566      | 403
            admin           | PUT    | /api/organisations/{org}/oit/o1?year=2566      | 404
            other-coordinator | PUT  | /api/organisations/{org}/oit/o1?year=2566      | 404
            other-officer   | PUT    | /api/organisations/{org}/oit/o1?year=2566      | 404
            anonymous       | PUT    | /api/organisations/{org}/oit/o1?year=2566      | 401
            officer         | GET    | /api/organisations/{org}/oit/board?year=2566   | ok
            auditor         | GET    | /api/organisations/{org}/oit/board?year=2566   | ok
            admin           | GET    | /api/organisations/{org}/oit/board?year=2566   | 404
            other-coordinator | GET  | /api/organisations/{org}/oit/board?year=2566   | 404
            anonymous       | GET    | /api/organisations/{org}/oit/board?year=2566   | 401
            officer         | POST   | /api/organisations/{org}/oit/carry-over?year=2566 | 403
            head            | POST   | /api/organisations/{org}/oit/carry-over?year=2566 | 403
            executive       | POST   | /api/organisations/{org}/oit/carry-over?year=2566 | 403
            auditor         | POST   | /api/organisations/{org}/oit/carry-over?year=2566 | 403
            admin           | POST   | /api/organisations/{org}/oit/carry-over?year=2566 | 404
            other-coordinator | POST | /api/organisations/{org}/oit/carry-over?year=2566 | 404
            anonymous       | POST   | /api/organisations/{org}/oit/carry-over?year=2566 | 401
            officer         | POST   | /api/organisations/{org}/oit/mapping?year=2566 | 403
            executive       | POST   | /api/organisations/{org}/oit/mapping?year=2566 | 403
            orgadmin        | POST   | /api/organisations/{org}/oit/mapping?year=2566 | 403
            auditor         | POST   | /api/organisations/{org}/oit/mapping?year=2566 | 403
            admin           | POST   | /api/organisations/{org}/oit/mapping?year=2566 | 404
            other-coordinator | POST | /api/organisations/{org}/oit/mapping?year=2566 | 404
            anonymous       | POST   | /api/organisations/{org}/oit/mapping?year=2566 | 401
            officer         | GET    | /api/plans/{plan}/plan.yaml                    | ok
            coordinator     | GET    | /api/plans/{plan}/plan.yaml                    | ok
            executive       | GET    | /api/plans/{plan}/plan.yaml                    | ok
            admin           | GET    | /api/plans/{plan}/plan.yaml                    | 404
            other-coordinator | GET  | /api/plans/{plan}/plan.yaml                    | 404
            anonymous       | GET    | /api/plans/{plan}/plan.yaml                    | 401
            anonymous       | POST   | /api/line/webhook/{org}                        | 401
            other-orgadmin  | POST   | /api/line/webhook/{org}                        | 401
            # Signed by LINE, not signed in: a valid sign-in of any role opens nothing without the channel's signature.
            officer         | POST   | /api/line/webhook/{org}                        | 401
            head            | POST   | /api/line/webhook/{org}                        | 401
            coordinator     | POST   | /api/line/webhook/{org}                        | 401
            executive       | POST   | /api/line/webhook/{org}                        | 401
            admin           | POST   | /api/line/webhook/{org}                        | 401
            orgadmin        | POST   | /api/line/webhook/{org}                        | 401
            auditor         | POST   | /api/line/webhook/{org}                        | 401
            # A whole province's results from one file: its own province's auditor or a platform administrator only;
            # (the engine admin is one); the forged file is refused (400) once the caller may import, unread (403) otherwise.
            auditor         | POST   | /api/provinces/{province}/assessments/import   | 400
            auditor         | POST   | /api/provinces/จังหวัดอื่น/assessments/import   | 403
            coordinator     | POST   | /api/provinces/{province}/assessments/import   | 403
            officer         | POST   | /api/provinces/{province}/assessments/import   | 403
            executive       | POST   | /api/provinces/{province}/assessments/import   | 403
            orgadmin        | POST   | /api/provinces/{province}/assessments/import   | 403
            admin           | POST   | /api/provinces/{province}/assessments/import   | 400
            other-coordinator | POST | /api/provinces/{province}/assessments/import   | 403
            anonymous       | POST   | /api/provinces/{province}/assessments/import   | 401
            # Another organisation's people at the doors the demo's people use: as if nothing were there.
            other-officer   | GET    | /api/plans/{plan}                              | 404
            other-coordinator | GET  | /api/plans/{plan}                              | 404
            other-officer   | GET    | /api/plans/{plan}/audit.csv                    | 404
            other-coordinator | GET  | /api/plans/{plan}/report.pdf                   | 404
            other-executive | GET    | /api/plans/{plan}/report.docx                  | 404
            other-officer   | GET    | /api/measures/{measure}/decisions              | 404
            other-coordinator | GET  | /api/measures/{measure}/decisions              | 404
            other-officer   | GET    | /engine-rest/task/{task}                       | 404
            other-officer   | POST   | /engine-rest/task/{task}/claim                 | 404
            other-officer   | POST   | /engine-rest/task/{task}/complete              | 404
            other-coordinator | GET  | /engine-rest/process-instance/{measure}/variables | 404
            other-executive | GET    | /engine-rest/history/process-instance/{measure} | 404
            other-orgadmin  | POST   | /engine-rest/process-instance/{measure}/modification | 404
            other-coordinator | POST | /engine-rest/message                           | denied
            # The operator's doors (docs/OPERATIONS.md): the platform administrator over HTTP Basic, nobody else.
            platform        | GET    | /actuator/info                                 | ok
            admin           | GET    | /actuator/info                                 | 403
            orgadmin        | GET    | /actuator/info                                 | 403
            auditor         | GET    | /actuator/info                                 | 403
            coordinator     | GET    | /actuator/info                                 | 403
            officer         | GET    | /actuator/info                                 | 403
            anonymous       | GET    | /actuator/info                                 | 401
            platform        | GET    | /actuator/prometheus                           | ok
            platform        | GET    | /actuator/sbom                                 | ok
            coordinator     | GET    | /actuator/sbom                                 | 403
            anonymous       | GET    | /actuator/sbom                                 | 401
            orgadmin        | GET    | /actuator/prometheus                           | 403
            anonymous       | GET    | /actuator/prometheus                           | 401
            anonymous       | GET    | /actuator/health/readiness                     | ok
            anonymous       | GET    | /actuator/health/liveness                      | ok
            # The operator's metrics: a platform administrator only, over HTTP Basic.
            officer         | GET    | /actuator/prometheus                           | 403
            coordinator     | GET    | /actuator/prometheus                           | 403
            auditor         | GET    | /actuator/prometheus                           | 403
            # The ITA frameworks: read by anyone signed in, loaded by a platform administrator only.
            officer         | GET    | /api/frameworks                                | ok
            other-officer   | GET    | /api/frameworks                                | ok
            platform        | GET    | /api/frameworks                                | ok
            anonymous       | GET    | /api/frameworks                                | 401
            officer         | PUT    | /api/frameworks/2566                           | 403
            coordinator     | PUT    | /api/frameworks/2566                           | 403
            executive       | PUT    | /api/frameworks/2566                           | 403
            orgadmin        | PUT    | /api/frameworks/2566                           | 403
            auditor         | PUT    | /api/frameworks/2566                           | 403
            anonymous       | PUT    | /api/frameworks/2566                           | 401
            platform        | PUT    | /api/frameworks/2566                           | 400
            # An organisation's results: its coordinator or a platform administrator.
            officer         | POST   | /api/organisations/{org}/assessments           | 403
            head            | POST   | /api/organisations/{org}/assessments           | 403
            executive       | POST   | /api/organisations/{org}/assessments           | 403
            orgadmin        | POST   | /api/organisations/{org}/assessments           | 403
            auditor         | POST   | /api/organisations/{org}/assessments           | 403
            other-coordinator | POST | /api/organisations/{org}/assessments           | 403
            anonymous       | POST   | /api/organisations/{org}/assessments           | 401
            # A person's name and e-mail, and disabling the account: the organisation's administrator or the platform's.
            officer         | PUT    | /api/organisations/{org}/users/finance.officer | 403
            head            | PUT    | /api/organisations/{org}/users/finance.officer | 403
            coordinator     | PUT    | /api/organisations/{org}/users/finance.officer | 403
            auditor         | PUT    | /api/organisations/{org}/users/finance.officer | 403
            other-orgadmin  | PUT    | /api/organisations/{org}/users/finance.officer | 403
            anonymous       | PUT    | /api/organisations/{org}/users/finance.officer | 401
            orgadmin        | PUT    | /api/organisations/{org}/users/nobody.here     | 404
            officer         | DELETE | /api/organisations/{org}/users/finance.head    | 403
            head            | DELETE | /api/organisations/{org}/users/finance.officer | 403
            coordinator     | DELETE | /api/organisations/{org}/users/finance.officer | 403
            executive       | DELETE | /api/organisations/{org}/users/finance.officer | 403
            auditor         | DELETE | /api/organisations/{org}/users/finance.officer | 403
            other-orgadmin  | DELETE | /api/organisations/{org}/users/finance.officer | 403
            anonymous       | DELETE | /api/organisations/{org}/users/finance.officer | 401
            orgadmin        | DELETE | /api/organisations/{org}/users/nobody.here     | 404
            # Acting appointments (ผู้รักษาราชการแทน): the organisation's administrator or the platform's.
            orgadmin        | GET    | /api/organisations/{org}/acting                | ok
            platform        | GET    | /api/organisations/{org}/acting                | ok
            officer         | GET    | /api/organisations/{org}/acting                | 403
            head            | GET    | /api/organisations/{org}/acting                | 403
            executive       | GET    | /api/organisations/{org}/acting                | 403
            auditor         | GET    | /api/organisations/{org}/acting                | 403
            other-orgadmin  | GET    | /api/organisations/{org}/acting                | 403
            anonymous       | GET    | /api/organisations/{org}/acting                | 401
            orgadmin        | POST   | /api/organisations/{org}/acting                | 400
            platform        | POST   | /api/organisations/{org}/acting                | 400
            officer         | POST   | /api/organisations/{org}/acting                | 403
            head            | POST   | /api/organisations/{org}/acting                | 403
            coordinator     | POST   | /api/organisations/{org}/acting                | 403
            executive       | POST   | /api/organisations/{org}/acting                | 403
            auditor         | POST   | /api/organisations/{org}/acting                | 403
            other-orgadmin  | POST   | /api/organisations/{org}/acting                | 403
            anonymous       | POST   | /api/organisations/{org}/acting                | 401
            orgadmin        | POST   | /api/organisations/{org}/acting/999999999/end  | 404
            officer         | POST   | /api/organisations/{org}/acting/999999999/end  | 403
            head            | POST   | /api/organisations/{org}/acting/999999999/end  | 403
            other-orgadmin  | POST   | /api/organisations/{org}/acting/999999999/end  | 403
            anonymous       | POST   | /api/organisations/{org}/acting/999999999/end  | 401
            """)
    void eachRoleGetsWhatTheAccessTableSays(String role, String method, String path, String expected) {
        String url = path.replace("{plan}", String.valueOf(plan)).replace("{measure}", measure)
                .replace("{task}", divisionTask).replace("{org}", String.valueOf(banTan))
                .replace("{province}", organisations.find(banTan).orElseThrow().province());
        int status = request(role, HttpMethod.valueOf(method), url, path).getStatusCode().value();
        if (expected.equals("ok")) {
            assertThat(status).as("%s %s %s", role, method, path).isBetween(200, 299);
        } else if (expected.equals("denied")) {
            // A correlation the engine will not let the user see matches nothing: refused either way.
            assertThat(status).as("%s %s %s", role, method, path).isIn(400, 403);
        } else {
            assertThat(status).as("%s %s %s", role, method, path).isEqualTo(Integer.parseInt(expected));
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(measure).active().count())
                .as("the measure runs on, unchanged").isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(divisionTask).singleResult().getAssignee())
                .as("nobody took the division's task").isNull();
    }

    private static String bodyFor(String path) {
        if (path.equals("/api/organisations")) {
            return "{\"nameTh\":\"เทศบาลปลอม\",\"nameEn\":\"Forged\",\"district\":\"เมือง\",\"province\":\"เชียงใหม่\","
                    + "\"divisions\":[{\"code\":\"finance\",\"nameTh\":\"กองคลัง\",\"nameEn\":\"Finance\"}]}";
        } else if (path.endsWith("/users")) {
            return "{\"id\":\"forged.person\",\"firstName\":\"f\",\"lastName\":\"f\",\"password\":\"Xq7-Lantern-Quay-Orbit\","
                    + "\"role\":\"executive\"}";
        } else if (path.endsWith("/province-auditors")) {
            return "{\"id\":\"forged.auditor\",\"firstName\":\"f\",\"lastName\":\"f\",\"password\":\"Xq7-Lantern-Quay-Orbit\","
                    + "\"province\":\"เชียงใหม่\"}";
        } else if (path.endsWith("/assessments")) {
            return "{\"fiscalYear\":\"2566\",\"overall\":\"85.5\",\"indicators\":{\"1\":\"90\"}}";
        } else if (path.contains("/users/")) {
            return "{\"firstName\":\"ปลอม\",\"lastName\":\"ปลอม\",\"email\":\"forged@example.org\"}";
        } else if (path.endsWith("/acting")) {
            // Refused for who may not appoint; for who may, a 400 (no acting person) proves they got past the door.
            return "{\"actedForUserId\":\"finance.head\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}";
        } else if (path.contains("/oit/")) {
            return "{\"urls\":[\"https://forged.example.org/oit\"],\"explanation\":\"forged\"}";
        } else if (path.contains("/line/webhook/")) {
            return "{\"destination\":\"forged\",\"events\":[]}";
        } else if (path.endsWith("/decision")) {
            return "{\"decision\":\"APPROVE\"}";
        } else if (path.endsWith("/complete")) {
            return "{\"variables\":{}}";
        } else if (path.endsWith("/start")) {
            return "{\"variables\":{\"measureTitle\":{\"value\":\"forged\"},\"divisions\":{\"value\":\"[]\"}}}";
        } else if (path.endsWith("/modification")) {
            return "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_RecordDone\"}]}";
        } else if (path.contains("/variables/")) {
            return "{\"value\":\"forged\",\"type\":\"String\"}";
        } else if (path.endsWith("/assignee") || path.endsWith("/claim")) {
            return "{\"userId\":\"finance.officer\"}";
        } else if (path.endsWith("/suspended")) {
            return "{\"suspended\":true}";
        } else if (path.endsWith("/message")) {
            return "{\"messageName\":\"ita.measure.withdraw\",\"processVariables\":{\"withdrawReason\":{\"value\":\"forged\"}}}";
        } else if (path.endsWith("/user/create")) {
            return "{\"profile\":{\"id\":\"forged\",\"firstName\":\"f\",\"lastName\":\"f\",\"email\":\"f@example.org\"},"
                    + "\"credentials\":{\"password\":\"Xq7-Lantern-Quay-Orbit\"}}";
        } else if (path.endsWith("/authorization/create")) {
            return "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"finance.officer\",\"resourceType\":8,\"resourceId\":\"*\"}";
        }
        return "{}";
    }

    private org.springframework.http.ResponseEntity<String> request(String role, HttpMethod method, String url, String path) {
        HttpHeaders headers = new HttpHeaders();
        Object body = bodyFor(path);
        if (path.startsWith("/api/frameworks/")) {
            // Not a framework: a platform administrator gets past the door to the Thai 400 of the file's check.
            headers.setContentType(MediaType.parseMediaType("application/yaml"));
            body = "forged: [";
        } else if (path.endsWith("/plans")) {
            // A plan file, as the onboarding call takes it: refused before it is read.
            headers.setContentType(MediaType.parseMediaType("application/yaml"));
            body = "organisation: forged\n";
        } else if (path.endsWith("/assessments/import")) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new org.springframework.core.io.ByteArrayResource("forged\n".getBytes()) {
                @Override
                public String getFilename() {
                    return "forged.csv";
                }
            });
            body = form;
        } else if (path.endsWith("/work")) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("report", "forged work");
            body = form;
        } else {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        TestRestTemplate client = switch (role) {
            case "officer" -> rest.withBasicAuth("finance.officer", "demo");
            case "head" -> rest.withBasicAuth("finance.head", "demo");
            case "coordinator" -> rest.withBasicAuth("coordinator", "demo");
            case "executive" -> rest.withBasicAuth("mayor", "demo");
            case "orgadmin" -> rest.withBasicAuth("bantan.admin", "demo");
            case "auditor" -> rest.withBasicAuth("auditor", "demo");
            case "admin" -> rest.withBasicAuth(ADMIN, ADMIN_PASSWORD);
            case "platform" -> rest.withBasicAuth(PLATFORM, PLATFORM_PASSWORD);
            case "other-officer" -> other("finance.officer");
            case "other-head" -> other("finance.head");
            case "other-coordinator" -> other("coordinator");
            case "other-executive" -> other("mayor");
            case "other-orgadmin" -> other("admin");
            case "anonymous" -> rest;
            default -> throw new IllegalArgumentException(role);
        };
        return client.exchange(url, method, method == HttpMethod.GET ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers), String.class);
    }

    private TestRestTemplate other(String role) {
        return rest.withBasicAuth(other.userId(role), TestOrganisations.PASSWORD);
    }
}
