package io.github.egovsdk.core.gateway;

import java.util.Objects;

/**
 * A gateway's answer with its wrapping removed: the SOAP envelope (raw, or taken out of {@code {error_code,
 * message:"<soap…>"}}) or the JSON payload.
 *
 * @param payload   the SOAP XML text, or the JSON text
 * @param soap      whether {@code payload} is XML
 * @param errorCode the gateway's {@code error_code} when it sent one (success codes only: errors throw)
 */
public record GatewayReply(String payload, boolean soap, String errorCode) {
    public GatewayReply {
        Objects.requireNonNull(payload, "payload");
    }
}
