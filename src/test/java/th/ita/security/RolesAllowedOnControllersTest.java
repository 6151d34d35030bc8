package th.ita.security;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.web.servlet.DispatcherServlet;
import th.ita.assessment.api.AssessmentController;
import th.ita.inbox.ui.InboxView;
import th.ita.province.api.ProvinceAuditorController;
import th.ita.report.api.ReportController;
import th.ita.approval.ui.ApprovalView;

import static org.assertj.core.api.Assertions.assertThat;

class RolesAllowedOnControllersTest {

    private final Advisor advisor = RolesAllowedOnControllers.rolesAllowedAdvisor();

    @Test
    void checksTheControllersRolesAllowed() {
        assertThat(AopUtils.canApply(advisor, ReportController.class)).isTrue();
        assertThat(AopUtils.canApply(advisor, AssessmentController.class)).isTrue();
        assertThat(AopUtils.canApply(advisor, ProvinceAuditorController.class)).isTrue();
    }

    @Test
    void leavesVaadinViewsToVaadinsNavigationCheck() {
        // @RolesAllowed on both, checked by Vaadin before the view is created; a proxy per navigation would only cost.
        assertThat(AopUtils.canApply(advisor, InboxView.class)).isFalse();
        assertThat(AopUtils.canApply(advisor, ApprovalView.class)).isFalse();
        // Spring's own JSR-250 advisor, which this replaces, would have proxied them.
        assertThat(AopUtils.canApply(AuthorizationManagerBeforeMethodInterceptor.jsr250(), ApprovalView.class)).isTrue();
    }

    @Test
    void turnsLibraryBeansAwayBeforeSearchingTheirMethods() {
        // Spring's JSR-250 class filter lets nearly every class through to a search of each of its methods.
        assertThat(advisorClassFilterMatches(DispatcherServlet.class)).isFalse();
        assertThat(advisorClassFilterMatches(TaskServiceImpl.class)).isFalse();
        assertThat(advisorClassFilterMatches(ReportController.class)).isTrue();
    }

    private boolean advisorClassFilterMatches(Class<?> type) {
        return ((PointcutAdvisor) advisor).getPointcut().getClassFilter().matches(type);
    }
}
