package th.ita;

import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class CamundaWebappsWarmStartTest {

    @Test
    void camundasWebappApisAreLoadedAfterStartUpOnAThreadOfTheirOwn_otherServletsAsTheyWere() throws Exception {
        StandardContext context = new StandardContext();
        CamundaWebappsWarmStart warmStart = new CamundaWebappsWarmStart();
        warmStart.customize(context);

        Wrapper tasklistApi = servlet(context, "Tasklist Api");
        Wrapper engineApi = servlet(context, "Engine Api");
        servlet(context, "someOtherServlet");

        // Nothing in front of the server's start-up.
        assertThat(context.findChildren()).allSatisfy(wrapper -> assertThat(((Wrapper) wrapper).getLoadOnStartup()).isEqualTo(-1));

        List<Wrapper> loaded = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        Thread warming = warmStart.warmUp(wrapper -> {
            loaded.add(wrapper);
            threads.add(Thread.currentThread());
        });
        warming.join(10_000);

        assertThat(loaded).containsExactlyInAnyOrder(tasklistApi, engineApi);
        assertThat(threads).allSatisfy(thread -> assertThat(thread).isNotSameAs(Thread.currentThread()));
    }

    /** Added as Tomcat's ServletContext.addServlet adds it: named, into the context, nothing else set yet. */
    private static Wrapper servlet(StandardContext context, String name) {
        Wrapper wrapper = context.createWrapper();
        wrapper.setName(name);
        context.addChild(wrapper);
        return wrapper;
    }
}
