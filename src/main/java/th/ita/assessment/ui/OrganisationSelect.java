package th.ita.assessment.ui;

import com.vaadin.flow.component.select.Select;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;

import java.util.List;

/**
 * The organisation whose results are imported or entered: the coordinator's own, the only one they record results
 * for ({@code AssessmentService} checks it again).
 */
class OrganisationSelect extends Select<Organisation> {

    OrganisationSelect(OrganisationService organisations, CurrentUser user) {
        setLabel(getTranslation("assessment.import.organisation"));
        setItemLabelGenerator(o -> o.name(getLocale()));
        List<Organisation> own = user.organisation().flatMap(organisations::find).stream().toList();
        setItems(own);
        own.stream().findFirst().ifPresent(this::setValue);
    }
}
