package th.ita.audit.ui;

import com.vaadin.flow.router.QueryParameters;
import th.ita.audit.AuditFilter;
import th.ita.audit.TimelineEntry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An audit filter in the URL, so a filtered timeline can be bookmarked and shared. The parameters are those of
 * the CSV API ({@code user, division, action, from, to}, dates as yyyy-MM-dd): one vocabulary for both.
 * A hand-edited value that makes no sense is dropped rather than failing the whole page.
 */
final class AuditQuery {

    private AuditQuery() {
    }

    static AuditFilter parse(QueryParameters query) {
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        if (from != null && to != null && from.isAfter(to)) {
            to = null;
        }
        return new AuditFilter(value(query, "user").orElse(null), value(query, "division").orElse(null),
                value(query, "action").flatMap(AuditQuery::kind).orElse(null), from, to);
    }

    static QueryParameters of(AuditFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "user", filter.userId());
        put(parameters, "division", filter.division());
        put(parameters, "action", filter.kind() == null ? null : filter.kind().name());
        put(parameters, "from", filter.from() == null ? null : filter.from().toString());
        put(parameters, "to", filter.to() == null ? null : filter.to().toString());
        return new QueryParameters(parameters);
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, List.of(value));
        }
    }

    private static Optional<String> value(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> !v.isBlank());
    }

    private static Optional<TimelineEntry.Kind> kind(String name) {
        try {
            return Optional.of(TimelineEntry.Kind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(QueryParameters query, String name) {
        try {
            return value(query, name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
