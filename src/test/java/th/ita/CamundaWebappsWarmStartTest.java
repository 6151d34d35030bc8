package th.ita;

import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CamundaWebappsWarmStartTest {

    @Test
    void camundasWebappApisStartWithTheServer_otherServletsAsTheyWere() {
        StandardContext context = new StandardContext();
        new CamundaWebappsWarmStart().customize(context);

        Wrapper tasklistApi = servlet(context, "Tasklist Api");
        Wrapper engineApi = servlet(context, "Engine Api");
        Wrapper other = servlet(context, "someOtherServlet");

        assertThat(tasklistApi.getLoadOnStartup()).isEqualTo(1);
        assertThat(engineApi.getLoadOnStartup()).isEqualTo(1);
        assertThat(other.getLoadOnStartup()).isEqualTo(-1);
    }

    /** Added as Tomcat's ServletContext.addServlet adds it: named, into the context, nothing else set yet. */
    private static Wrapper servlet(StandardContext context, String name) {
        Wrapper wrapper = context.createWrapper();
        wrapper.setName(name);
        context.addChild(wrapper);
        return wrapper;
    }
}
