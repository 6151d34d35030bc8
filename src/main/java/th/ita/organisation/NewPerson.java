package th.ita.organisation;

/**
 * A person to add to an organisation: the body of {@code POST /api/organisations/{id}/users}. {@code role} is one of
 * {@link PersonRole}'s names; {@code division} is the division code, required for officers and heads;
 * {@code position} the position title (ตำแหน่ง) shown with the name, optional.
 */
public record NewPerson(String id, String firstName, String lastName, String email, String password, String role,
                        String division, String position) {

    /** A person without a position title (set later by the organisation's administrator). */
    public NewPerson(String id, String firstName, String lastName, String email, String password, String role,
                     String division) {
        this(id, firstName, lastName, email, password, role, division, null);
    }
}
