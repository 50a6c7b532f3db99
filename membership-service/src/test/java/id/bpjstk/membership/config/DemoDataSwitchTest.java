package id.bpjstk.membership.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Demo data is seeded in dev and test, and in production only when switched on. */
class DemoDataSwitchTest {

    @Test
    void demoDataIsOffInProductionByDefault() throws IOException {
        assertFalse(config("prod").getValue("membership.demo-data.enabled", Boolean.class));
    }

    @Test
    void demoDataIsOnInDevAndTest() throws IOException {
        assertTrue(config("dev").getValue("membership.demo-data.enabled", Boolean.class));
        assertTrue(config("test").getValue("membership.demo-data.enabled", Boolean.class));
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = DemoDataSwitchTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties))
                .build();
    }
}
