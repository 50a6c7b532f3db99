package id.bpjstk.service.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the test run a database of its own on the local PostgreSQL ({@link TestPostgres}): creates
 * {@code <service>_test_<random>} before Quarkus starts and drops it afterwards. Use it as
 * {@code @WithTestResource(PostgresTestDatabase.class)}.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private ScratchDatabase database;

    @Override
    public Map<String, String> start() {
        TestPostgres server = TestPostgres.forThisService();
        database = server.createDatabase(server.service() + "_test_");
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
