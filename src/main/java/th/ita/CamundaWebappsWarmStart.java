package th.ita;

import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Starts the REST servlets behind Camunda's webapps (Cockpit, Tasklist, Admin: "Tasklist Api", "Engine Api"…) with
 * the server instead of on their first request. Camunda registers them to start lazily, and the webapps load their
 * plugins through them with RequireJS, which gives up after 7 s (the webapps' own {@code waitSeconds: 0} does not
 * reach the bundled RequireJS): on a busy machine the first visitor after a restart got an endless spinner, as
 * a newcomer's first build did in {@code TasklistFormE2EIT}. Start-up pays the few seconds instead, where nobody waits on a timer.
 */
@Component
class CamundaWebappsWarmStart implements TomcatContextCustomizer {

    /** The names Camunda's {@code CamundaBpmWebappInitializer} gives its Jersey servlets. */
    private static final Set<String> WEBAPP_APIS = Set.of("Cockpit Api", "Admin Api", "Tasklist Api", "Engine Api", "Welcome Api");

    @Override
    public void customize(org.apache.catalina.Context context) {
        // A listener, because Camunda adds its servlets later, from its own initializer, in an order not ours to set.
        context.addContainerListener(event -> {
            if (Container.ADD_CHILD_EVENT.equals(event.getType()) && event.getData() instanceof Wrapper servlet
                    && WEBAPP_APIS.contains(servlet.getName()) && servlet.getLoadOnStartup() < 0) {
                servlet.setLoadOnStartup(1);
            }
        });
    }
}
