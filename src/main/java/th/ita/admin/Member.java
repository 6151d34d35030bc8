package th.ita.admin;

import java.util.List;

/**
 * A person of an organisation as its administrators see them: account, name, position title, and their roles
 * ({@code PersonRole} names) and division, read back from their groups.
 */
public record Member(String id, String firstName, String lastName, String email, List<String> roles, String division,
                     String position) {
}
