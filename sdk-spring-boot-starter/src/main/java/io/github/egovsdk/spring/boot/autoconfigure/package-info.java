/**
 * Spring Boot auto-configuration of the SDK: one client bean per service configured under {@code egov.<service>.*}
 * ({@link io.github.egovsdk.spring.boot.autoconfigure.EgovProperties}), the signature validator and PAdES signer,
 * the managed receive loop of the document axis, Actuator health indicators, and {@code egov.sandbox.enabled=true}
 * to wire everything to the embedded sandbox.
 */
package io.github.egovsdk.spring.boot.autoconfigure;
