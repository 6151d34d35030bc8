package th.ita.province;

/** A province auditor to create: the body of {@code POST /api/province-auditors}. */
public record NewProvinceAuditor(String id, String firstName, String lastName, String email, String password,
                                 String province) {
}
