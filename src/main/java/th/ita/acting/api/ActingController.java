package th.ita.acting.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.ita.acting.ActingAppointment;
import th.ita.acting.ActingAppointments;
import th.ita.acting.NewActingAppointment;
import th.ita.api.NotFound;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.BuddhistDates;
import th.ita.shared.RequiredText;
import th.ita.shared.ThaiNumbers;
import th.ita.shared.UserInputException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Acting appointments of an organisation over HTTP (Basic): its administrator or a platform administrator lists,
 * records and ends them early; everyone else is refused by the service (403). Dates are ISO ({@code 2026-12-01})
 * or as Thai users write them ({@code 1/12/2569}, Thai digits too).
 */
@RestController
@PermitAll
public class ActingController {

    private final ActingAppointments appointments;
    private final CurrentUserProvider users;

    public ActingController(ActingAppointments appointments, CurrentUserProvider users) {
        this.appointments = appointments;
        this.users = users;
    }

    public record NewJson(String actingUserId, String actedForUserId, String from, String to) {
    }

    public record AppointmentJson(long id, String actingUserId, String actedForUserId, String actedForGroup,
                                  LocalDate from, LocalDate to, String status, String recordedBy,
                                  OffsetDateTime recordedAt, String endedBy, OffsetDateTime endedAt) {
        static AppointmentJson of(ActingAppointment a, LocalDate today) {
            return new AppointmentJson(a.id(), a.actingUserId(), a.actedForUserId(), a.actedForGroup(), a.startsOn(),
                    a.endsOn(), a.status(today).name(), a.recordedBy(), a.recordedAt(), a.endedBy(), a.endedAt());
        }
    }

    @GetMapping("/api/organisations/{id}/acting")
    public List<AppointmentJson> list(@PathVariable long id) {
        CurrentUser actor = users.require();
        LocalDate today = appointments.today();
        return appointments.of(id, actor).stream().map(a -> AppointmentJson.of(a, today)).toList();
    }

    @PostMapping("/api/organisations/{id}/acting")
    public ResponseEntity<AppointmentJson> appoint(@PathVariable long id, @RequestBody NewJson body) {
        CurrentUser actor = users.require();
        ActingAppointment made = appointments.appoint(id, new NewActingAppointment(body.actingUserId(),
                body.actedForUserId(), date(body.from(), "acting.field.from"), date(body.to(), "acting.field.to")), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(AppointmentJson.of(made, appointments.today()));
    }

    @PostMapping("/api/organisations/{id}/acting/{actingId}/end")
    public AppointmentJson end(@PathVariable long id, @PathVariable long actingId) {
        CurrentUser actor = users.require();
        ActingAppointment ended = NotFound.call(Set.of("acting.error.notFound"),
                () -> appointments.end(id, actingId, actor));
        return AppointmentJson.of(ended, appointments.today());
    }

    private static LocalDate date(String text, String fieldKey) {
        if (text != null && ThaiNumbers.toArabicDigits(text.strip()).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(ThaiNumbers.toArabicDigits(text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new UserInputException("error.date", new RequiredText.FieldName(fieldKey));
            }
        }
        return BuddhistDates.parse(text, fieldKey);
    }
}
