package dev.tandem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations, run by Flyway on the same H2 version Payara ships, build a schema that holds its rules. */
class MigrationsTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void migrateAnEmptyDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertThat(migrate().success).isTrue();
    }

    @Test
    void aSecondRunFindsNothingToDo() {
        assertThat(migrate().migrationsExecuted).isZero();
    }

    private MigrateResult migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Test
    void thereCanBeOnlyOnePractice() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement()
                    .execute(
                            "insert into practice (id, name, created_at, version) values (1, 'A', current_timestamp, 0)");

            assertThatThrownBy(() -> c.createStatement()
                            .execute("insert into practice (id, name, created_at, version)"
                                    + " values (2, 'B', current_timestamp, 0)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void usernamesAreUnique() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String insert = "insert into user_account (id, username, display_name, password_hash, role, active,"
                    + " created_at, version) values (random_uuid(), 'sam', 'Sam', 'x', 'OWNER', true,"
                    + " current_timestamp, 0)";
            c.createStatement().execute(insert);

            assertThatThrownBy(() -> c.createStatement().execute(insert)).isInstanceOf(SQLException.class);
        }
    }
}
