package th.ita.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Nobody holds rights on their own account in the engine: identity changes only through the organisation's
 * administrator (or the platform's), and a password through the page that asks for the current one. Camunda grants
 * every new user ALL on their own user when authorization is on ({@link DefaultAuthorizationProvider#newUser}), which
 * let anyone rename themselves, change their e-mail or delete their account through
 * {@code /engine-rest/user/{self}}. This provider grants nothing on a new user (the rest of Camunda's defaults stay),
 * and the grants made before are removed when the engine starts: one statement, nothing left to do the second time.
 */
@Component
public class NoSelfIdentityGrants extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NoSelfIdentityGrants.class);

    /** A user's grant whose resource is that user (resource type USER). Plain SQL: the same on H2 and PostgreSQL. */
    static final String DELETE_SELF_GRANTS = "delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = "
            + Resources.USER.resourceType() + " and USER_ID_ is not null and USER_ID_ = RESOURCE_ID_";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        int removed = removeSelfGrants(new JdbcTemplate(processEngine.getProcessEngineConfiguration().getDataSource()));
        if (removed > 0) {
            log.info("Removed {} grants of users on their own account", removed);
        }
    }

    /** Public for the engine-door probes (a test): the grants made before this plug-in existed are removed. */
    public static int removeSelfGrants(JdbcTemplate jdbc) {
        return jdbc.update(DELETE_SELF_GRANTS);
    }

    static final class Provider extends DefaultAuthorizationProvider {
        @Override
        public AuthorizationEntity[] newUser(User user) {
            return new AuthorizationEntity[0];
        }
    }
}
