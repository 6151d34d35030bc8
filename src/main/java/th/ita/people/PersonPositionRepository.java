package th.ita.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** People's positions ({@code person_position}), one per person; {@link People} owns the transactions. */
@Repository
class PersonPositionRepository {

    private final JdbcClient jdbc;

    PersonPositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> position(String userId) {
        return jdbc.sql("select position from person_position where user_id = ?").param(userId)
                .query(String.class).optional();
    }

    void delete(String userId) {
        jdbc.sql("delete from person_position where user_id = ?").param(userId).update();
    }

    void insert(String userId, String position) {
        jdbc.sql("insert into person_position (user_id, position) values (?, ?)").params(userId, position).update();
    }
}
