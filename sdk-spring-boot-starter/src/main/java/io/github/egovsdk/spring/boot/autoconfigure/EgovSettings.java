package io.github.egovsdk.spring.boot.autoconfigure;

import java.util.List;

/** The effective {@code egov.*} properties: as bound, then adjusted by every {@link EgovPropertiesCustomizer}. */
public final class EgovSettings {
    private final EgovProperties properties;

    public EgovSettings(EgovProperties properties, List<EgovPropertiesCustomizer> customizers) {
        customizers.forEach(c -> c.customize(properties));
        this.properties = properties;
    }

    public EgovProperties properties() {
        return properties;
    }
}
