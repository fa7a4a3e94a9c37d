package io.github.egovsdk.spring.boot.autoconfigure;

/**
 * Adjusts the bound {@code egov.*} properties before any client is built (the sandbox uses it to point every
 * client at itself). Applied once, in {@code @Order}.
 */
@FunctionalInterface
public interface EgovPropertiesCustomizer {
    void customize(EgovProperties properties);
}
