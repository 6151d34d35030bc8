package th.ita.organisation;

import javax.sql.DataSource;
import java.util.UUID;

/** The V8 → latest migration on an in-memory H2 database of its own. */
class TenancyMigrationOnH2IT extends AbstractTenancyMigrationIT {

    @Override
    DataSource freshDatabase() {
        return dataSource("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
