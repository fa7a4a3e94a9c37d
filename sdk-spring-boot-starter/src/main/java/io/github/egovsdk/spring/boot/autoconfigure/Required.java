package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** Checks of required properties: the startup failure names the property, in English and Vietnamese. */
final class Required {
    private Required() {}

    static String text(String value, String property, String service) {
        if (value == null || value.isBlank()) {
            throw missing(property, service);
        }
        return value;
    }

    static <T> T value(T value, String property, String service) {
        if (value == null) {
            throw missing(property, service);
        }
        return value;
    }

    static InvalidConfigurationPropertyValueException missing(String property, String service) {
        return new InvalidConfigurationPropertyValueException(
                property, null, "required to configure " + service + " / bắt buộc để cấu hình " + service);
    }

    static InvalidConfigurationPropertyValueException invalid(String property, Object shown, String reason) {
        return new InvalidConfigurationPropertyValueException(property, shown, reason);
    }
}
