package org.openedx.events.sample.bus;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * What the sample's modes (the bus modes and {@link TelemetryMode}) share: a MicroProfile ConfigSource with a fixed
 * set of settings, made once from the mode's switch, and empty when the mode is off.
 */
public abstract class BusModeSource implements ConfigSource {

    private final String name;
    private final int ordinal;
    private final Map<String, String> properties;

    /**
     * Creates the source.
     *
     * @param name the source's name, for MicroProfile Config's messages
     * @param ordinal the source's ordinal
     * @param properties the settings it supplies; empty when the mode is off
     */
    protected BusModeSource(String name, int ordinal, Map<String, String> properties) {
        this.name = name;
        this.ordinal = ordinal;
        this.properties = Map.copyOf(properties);
    }

    /**
     * Whether the mode is on.
     *
     * @return true when its switch is set, so that it supplies settings
     */
    public boolean isOn() {
        return !properties.isEmpty();
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ordinal;
    }
}
