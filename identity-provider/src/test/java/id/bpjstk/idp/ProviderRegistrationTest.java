package id.bpjstk.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

import id.bpjstk.idp.registration.MemberRegistration;

/**
 * Providers are registered one way, by the hand-written files under {@code META-INF/services}: every factory and SPI
 * of the jar is listed under an interface it implements, and every listed class exists.
 */
class ProviderRegistrationTest {

    @Test
    void everyListedClassExistsIsConcreteAndImplementsItsServiceInterface() throws Exception {
        Map<String, List<String>> services = services();
        assertThat(services).isNotEmpty();
        for (Map.Entry<String, List<String>> service : services.entrySet()) {
            Class<?> serviceInterface = Class.forName(service.getKey());
            for (String listed : service.getValue()) {
                Class<?> provider = Class.forName(listed);
                assertThat(Modifier.isAbstract(provider.getModifiers())).as(listed + " is concrete").isFalse();
                assertThat(serviceInterface).as(listed + " in " + service.getKey()).isAssignableFrom(provider);
            }
        }
    }

    @Test
    void everyFactoryAndSpiOfTheJarIsListed() throws Exception {
        Map<String, List<String>> services = services();
        for (Class<?> type : classesOfTheJar()) {
            boolean provider = ProviderFactory.class.isAssignableFrom(type) || Spi.class.isAssignableFrom(type);
            if (!provider || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            assertThat(services.entrySet()).as(type.getName() + " is listed under an interface it implements")
                    .anyMatch(service -> service.getValue().contains(type.getName()) && implementsService(type, service.getKey()));
        }
    }

    private static boolean implementsService(Class<?> type, String serviceInterface) {
        try {
            return Class.forName(serviceInterface).isAssignableFrom(type);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(MemberRegistration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Map<String, List<String>> services() throws IOException, URISyntaxException {
        Map<String, List<String>> services = new HashMap<>();
        try (Stream<Path> files = Files.list(classesRoot().resolve("META-INF/services"))) {
            for (Path file : files.toList()) {
                List<String> names = Files.readAllLines(file).stream().map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
                services.put(file.getFileName().toString(), names);
            }
        }
        return services;
    }

    private static List<Class<?>> classesOfTheJar() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = classesRoot();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("id/bpjstk/idp"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ProviderRegistrationTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
