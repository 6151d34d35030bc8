package th.ita.people;

/**
 * How the application names a person: "ชื่อ นามสกุล (ตำแหน่ง)". The account id only stands in when the account has no
 * name (or is gone), so that a record never shows an empty cell.
 */
public record PersonName(String userId, String fullName, String position) {

    /** A person the application knows nothing of but the id (a removed account, a system step). */
    public static PersonName unknown(String userId) {
        return new PersonName(userId, null, null);
    }

    /**
     * From the columns a read model joined ({@code ACT_ID_USER}'s first and last name, {@code person_position}), so
     * that a grid of many people needs no statement per person; null parts are left out.
     */
    public static PersonName fromParts(String userId, String firstName, String lastName, String position) {
        String fullName = String.join(" ", firstName == null ? "" : firstName.strip(),
                lastName == null ? "" : lastName.strip()).strip();
        return new PersonName(userId, fullName.isEmpty() ? null : fullName, position);
    }

    /** The name with the position in brackets, as every screen, notice and document shows a person. */
    public String label() {
        String name = displayName();
        return position == null || position.isBlank() ? name : name + " (" + position + ")";
    }

    /** The name alone ("ชื่อ นามสกุล"), or the id when the account has no name. */
    public String displayName() {
        return fullName == null || fullName.isBlank() ? String.valueOf(userId) : fullName;
    }
}
