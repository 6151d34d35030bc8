package th.ita.organisation;

import th.ita.workflow.Groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The roles a person has within an organisation, and the Camunda groups each one means. */
public enum PersonRole {
    OFFICER("officer", true),
    HEAD("head", true),
    COORDINATOR("coordinator", false),
    EXECUTIVE("executive", false),
    ORGANISATION_ADMIN("org-admin", false);

    private final String apiName;
    private final boolean needsDivision;

    PersonRole(String apiName, boolean needsDivision) {
        this.apiName = apiName;
        this.needsDivision = needsDivision;
    }

    public String apiName() {
        return apiName;
    }

    public boolean needsDivision() {
        return needsDivision;
    }

    public static Optional<PersonRole> of(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (PersonRole role : values()) {
            if (role.apiName.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The groups of this role; a coordinator may also belong to a division (they often sit in the clerk's office). */
    public List<String> groups(String divisionCode) {
        List<String> groups = new ArrayList<>();
        switch (this) {
            case OFFICER -> groups.add(Groups.divisionGroup(divisionCode));
            case HEAD -> {
                groups.add(Groups.divisionGroup(divisionCode));
                groups.add(Groups.headGroup(divisionCode));
            }
            case COORDINATOR -> {
                groups.add(Groups.COORDINATOR);
                if (divisionCode != null) {
                    groups.add(Groups.divisionGroup(divisionCode));
                }
            }
            case EXECUTIVE -> groups.add(Groups.EXECUTIVE);
            case ORGANISATION_ADMIN -> groups.add(Groups.ORGANISATION_ADMIN);
        }
        return groups;
    }
}
