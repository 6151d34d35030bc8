package th.ita;

import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Starts the REST servlets behind Camunda's webapps (Cockpit, Tasklist, Admin: "Tasklist Api", "Engine Api"…) right
 * after the application is ready, on a thread of their own, instead of on their first request. Camunda registers them
 * to start lazily, and the webapps load their plugins through them with RequireJS, which gives up after 7 s (the
 * webapps' own {@code waitSeconds: 0} does not reach the bundled RequireJS): on a busy machine the first visitor
 * after a restart got an endless spinner, as a newcomer's first build did in {@code TasklistFormE2EIT}.
 * <p>
 * Not with the server itself ({@code loadOnStartup}), as before: that put their few seconds in front of every
 * start-up, before the application's own pages could answer (BENCHMARKS.md, "Scale", cold start). A request that
 * comes while one is loading waits for that load (Tomcat loads a servlet once), as the first request always did.
 */
@Component
class CamundaWebappsWarmStart implements TomcatContextCustomizer {

    private static final Logger log = LoggerFactory.getLogger(CamundaWebappsWarmStart.class);

    /** The names Camunda's {@code CamundaBpmWebappInitializer} gives its Jersey servlets. */
    private static final Set<String> WEBAPP_APIS = Set.of("Cockpit Api", "Admin Api", "Tasklist Api", "Engine Api", "Welcome Api");

    private final List<Wrapper> webappApis = new CopyOnWriteArrayList<>();

    @Override
    public void customize(org.apache.catalina.Context context) {
        // A listener, because Camunda adds its servlets later, from its own initializer, in an order not ours to set.
        context.addContainerListener(event -> {
            if (Container.ADD_CHILD_EVENT.equals(event.getType()) && event.getData() instanceof Wrapper servlet
                    && WEBAPP_APIS.contains(servlet.getName()) && servlet.getLoadOnStartup() < 0) {
                webappApis.add(servlet);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        warmUp(CamundaWebappsWarmStart::load);
    }

    /** Loads each webapp servlet found, one after the other, on a daemon thread; returns that thread. */
    Thread warmUp(Consumer<Wrapper> loader) {
        List<Wrapper> servlets = List.copyOf(webappApis);
        Thread thread = new Thread(() -> servlets.forEach(loader), "camunda-webapps-warm-start");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void load(Wrapper servlet) {
        try {
            servlet.load();
        } catch (Exception | LinkageError e) {
            // Not fatal: the servlet then loads on its first request, as Camunda intends.
            log.warn("Camunda webapp servlet '{}' not warmed up: {}", servlet.getName(), e.toString());
        }
    }
}
