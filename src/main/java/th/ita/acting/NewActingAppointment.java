package th.ita.acting;

import java.time.LocalDate;

/** What the administrator enters: who acts, for whom, from which day to which (both included). */
public record NewActingAppointment(String actingUserId, String actedForUserId, LocalDate from, LocalDate to) {
}
