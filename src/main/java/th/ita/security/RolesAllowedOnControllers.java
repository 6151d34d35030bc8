package th.ita.security;

import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

/**
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} checked on every Spring bean's methods, as
 * {@code @EnableMethodSecurity(jsr250Enabled = true)} would, except on Vaadin components.
 * <p>
 * Why not Spring's own: Vaadin creates a new instance of a view for every navigation through Spring, and our views
 * carry {@code @RolesAllowed} for Vaadin's navigation access check. Spring's advisor made each of them a CGLIB proxy,
 * matching every one of a view's hundreds of methods against the advisors again on every navigation: about half of a
 * navigation's server time in the scale benchmark (BENCHMARKS.md, "Scale"), for a check Vaadin has already made
 * before the view exists. Controllers and services keep the check exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class RolesAllowedOnControllers {

    /** Not a Vaadin component: views, layouts and their parts are checked by Vaadin's navigation access control. */
    private static final ClassFilter NOT_A_VAADIN_COMPONENT = type -> !Component.class.isAssignableFrom(type);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedAdvisor() {
        AuthorizationManagerBeforeMethodInterceptor springs = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        AuthorizationManagerBeforeMethodInterceptor ours = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(NOT_A_VAADIN_COMPONENT).intersection(springs.getPointcut()),
                new Jsr250AuthorizationManager());
        ours.setOrder(springs.getOrder());
        return ours;
    }
}
