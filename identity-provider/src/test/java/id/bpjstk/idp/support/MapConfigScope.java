package id.bpjstk.idp.support;

import java.util.Map;
import java.util.Set;

import org.keycloak.Config;

/** Server settings of one provider given as a map, as Keycloak hands them to {@code init(Config.Scope)}. */
public final class MapConfigScope extends Config.AbstractScope {

    private final Map<String, String> values;

    public MapConfigScope(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public Config.Scope scope(String... path) {
        return new MapConfigScope(Map.of());
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Config.Scope root() {
        return this;
    }
}
