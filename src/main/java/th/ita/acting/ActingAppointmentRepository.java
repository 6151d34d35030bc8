package th.ita.acting;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The acting appointments ({@code acting_appointment}), each under its organisation; {@link ActingAppointments} owns the transactions. */
@Repository
class ActingAppointmentRepository {

    private static final String COLUMNS = "id, organisation_id, acting_user_id, acted_for_user_id, acted_for_group, "
            + "starts_on, ends_on, recorded_by, recorded_at, ended_by, ended_at";
    private static final RowMapper<ActingAppointment> ROW = (rs, n) -> new ActingAppointment(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getString("acting_user_id"), rs.getString("acted_for_user_id"),
            rs.getString("acted_for_group"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getString("recorded_by"),
            rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("ended_by"),
            rs.getObject("ended_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    ActingAppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's appointments, newest first. */
    List<ActingAppointment> of(long organisationId) {
        return jdbc.sql("select " + COLUMNS + " from acting_appointment where organisation_id = ? "
                        + "order by starts_on desc, id desc")
                .param(organisationId).query(ROW).list();
    }

    Optional<ActingAppointment> find(long organisationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from acting_appointment where organisation_id = ? and id = ?")
                .params(organisationId, id).query(ROW).optional();
    }

    /** Whether the person already acts for that group, not ended, on some day of the period. */
    boolean overlaps(long organisationId, String acting, String group, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from acting_appointment where organisation_id = ? "
                        + "and acting_user_id = ? and acted_for_group = ? and ended_at is null "
                        + "and starts_on <= ? and ends_on >= ?")
                .params(organisationId, acting, group, to, from).query(Long.class).single() > 0;
    }

    /** Records an appointment; returns its id. */
    long insert(long organisationId, String acting, String actedFor, String group, LocalDate from, LocalDate to,
                String recordedBy, OffsetDateTime recordedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into acting_appointment (organisation_id, acting_user_id, acted_for_user_id, "
                        + "acted_for_group, starts_on, ends_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, acting, actedFor, group, from, to, recordedBy, recordedAt)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void end(long appointmentId, String endedBy, OffsetDateTime endedAt) {
        jdbc.sql("update acting_appointment set ended_by = ?, ended_at = ? where id = ? and ended_at is null")
                .params(endedBy, endedAt, appointmentId).update();
    }
}
