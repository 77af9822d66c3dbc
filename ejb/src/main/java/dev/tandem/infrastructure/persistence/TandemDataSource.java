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
 */
@DataSourceDefinition(
        name = TandemDataSource.JNDI_NAME,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:file:${tandem.data.dir}/database/tandem;WRITE_DELAY=0",
        user = "tandem",
        password = "",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2)
@Singleton
public class TandemDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/tandem";
}
