/**
 * The HTTP layer every client sends through: {@link io.github.egovsdk.core.http.HttpPipeline} (User-Agent,
 * authentication, retries, timeouts, redacted wire logging, error mapping), the
 * {@link io.github.egovsdk.core.http.HttpTransport} SPI (plug in your own HTTP stack), streamed requests and
 * responses, {@link io.github.egovsdk.core.http.Paginator} for list endpoints and the
 * {@link io.github.egovsdk.core.http.ServiceErrorDecoder} SPI.
 */
package io.github.egovsdk.core.http;
