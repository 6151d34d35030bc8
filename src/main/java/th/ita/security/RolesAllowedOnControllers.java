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
 * <p>
 * Only our own classes are looked at: no library bean carries these annotations, and matching each method of every
 * Spring, Camunda and Vaadin bean against them (three annotations, each also searched on the class and its
 * supertypes) was a noticeable part of every start-up (BENCHMARKS.md, "Scale", cold start).
 */
@Configuration(proxyBeanMethods = false)
class RolesAllowedOnControllers {

    /**
     * Our code, and not a Vaadin component: views, layouts and their parts are checked by Vaadin's navigation access
     * control. The package test comes first, so that a library bean is turned away before any annotation search.
     */
    static final ClassFilter OUR_NON_VAADIN_CLASSES = type -> type.getName().startsWith("th.ita.")
            && !Component.class.isAssignableFrom(type);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedAdvisor() {
        AuthorizationManagerBeforeMethodInterceptor springs = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        AuthorizationManagerBeforeMethodInterceptor ours = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(OUR_NON_VAADIN_CLASSES).intersection(springs.getPointcut()),
                new Jsr250AuthorizationManager());
        ours.setOrder(springs.getOrder());
        return ours;
    }
}
