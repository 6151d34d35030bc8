package th.ita.organisation;

import java.util.List;

/** An organisation to onboard, with its divisions: the body of {@code POST /api/organisations}. */
public record NewOrganisation(String nameTh, String nameEn, String district, String province, String websiteDomain,
                              List<NewDivision> divisions) {

    public record NewDivision(String code, String nameTh, String nameEn) {
    }
}
