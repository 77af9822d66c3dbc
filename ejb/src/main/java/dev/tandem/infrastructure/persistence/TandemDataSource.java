package dev.tandem.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's database: by default an embedded H2 file under the data folder (system
 * property {@code tandem.data.dir}, which Payara expands in the URL).
 *
 * <p>{@code WRITE_DELAY=0} makes H2 write each commit to disk before answering: with H2's default
 * (500 ms) a killed server loses transactions it has already reported committed, and an answer the
 * screen called saved must survive that.
 *
 * <p>{@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to Payara's pool at shutdown instead of H2's own
 * shutdown hook, which closed the database under the pool's feet. {@code TRACE_LEVEL_FILE=0}: H2's
 * trace file would copy failing SQL, values included, next to the data, and client data belongs
 * in no log.
 */
@DataSourceDefinition(
        name = TandemDataSource.JNDI_NAME,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:file:${tandem.data.dir}/database/tandem;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + ";TRACE_LEVEL_FILE=0",
        user = "tandem",
        password = "",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2)
@Singleton
public class TandemDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/tandem";
}
