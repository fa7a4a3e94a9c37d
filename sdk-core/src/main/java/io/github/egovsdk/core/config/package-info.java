/**
 * Client configuration shared by every module: {@link io.github.egovsdk.core.config.ClientBuilderBase} (the builder
 * vocabulary {@code endpoint}, {@code credentials}, {@code httpTransport}, {@code retryPolicy}, {@code timeouts},
 * {@code clock}), {@link io.github.egovsdk.core.config.ClientConfig}, {@link
 * io.github.egovsdk.core.config.RetryPolicy}, {@link io.github.egovsdk.core.config.Timeouts}, {@link
 * io.github.egovsdk.core.config.ProxyConfig} and {@link io.github.egovsdk.core.config.TlsConfig}. All immutable.
 */
package io.github.egovsdk.core.config;
