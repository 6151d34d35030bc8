package th.ita.organisation;

/**
 * A person to add to an organisation: the body of {@code POST /api/organisations/{id}/users}. {@code role} is one of
 * {@link PersonRole}'s names; {@code division} is the division code, required for officers and heads.
 */
public record NewPerson(String id, String firstName, String lastName, String email, String password, String role,
                        String division) {
}
