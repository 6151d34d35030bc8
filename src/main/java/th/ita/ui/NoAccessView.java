package th.ita.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A logged-in user opened a page their role may not (say, a division officer at "รออนุมัติ"): said so in their
 * language, instead of Vaadin's English "Could not navigate to 'approval'". Only logged-in users get here
 * (everyone else is sent to the login page first); the pages a role may open are in the side navigation anyway,
 * so saying "not allowed" rather than "not found" reveals nothing. {@code @PermitAll}: an error view needs an
 * access rule of its own, or navigation access control would refuse the error page too.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NoAccessView() {
        super("error.noAccess.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event, "no-access", "error.noAccess.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
