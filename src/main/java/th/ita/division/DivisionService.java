package th.ita.division;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The organisation's divisions; stored as data because organisations have more or fewer than four. */
@Service
@Transactional(readOnly = true)
public class DivisionService {

    private final JdbcClient jdbc;

    public DivisionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Division> all() {
        return jdbc.sql("select code, name_th, name_en from division order by sort_order, code")
                .query(Division.class)
                .list();
    }

    public Optional<Division> find(String code) {
        return jdbc.sql("select code, name_th, name_en from division where code = ?")
                .param(code)
                .query(Division.class)
                .optional();
    }
}
