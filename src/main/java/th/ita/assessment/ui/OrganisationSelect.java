package th.ita.assessment.ui;

import com.vaadin.flow.component.select.Select;
import th.ita.assessment.Assessment;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;

import java.util.List;
import java.util.Optional;

/**
 * The organisation whose results are imported or entered. Preselects the organisation of the latest result,
 * since the coordinator usually works for that one, so the choice is rarely needed.
 */
class OrganisationSelect extends Select<Organisation> {

    OrganisationSelect(OrganisationService organisations, Optional<Assessment> latest) {
        setLabel(getTranslation("assessment.import.organisation"));
        setItemLabelGenerator(o -> o.name(getLocale()));
        List<Organisation> all = organisations.all();
        setItems(all);
        latest.flatMap(a -> all.stream().filter(o -> o.id() == a.organisationId()).findFirst())
                .or(() -> all.stream().findFirst())
                .ifPresent(this::setValue);
    }
}
