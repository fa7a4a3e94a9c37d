package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;

/**
 * A partner or relying-party code (mã đối tác) and its secret (the payment platform's partner code and checksum
 * secret, SmartCA's service-provider id and password). Never shows the secret in {@link #toString()}.
 *
 * @param partnerCode the partner code (mã đối tác), required
 * @param secret the secret, required, never logged
 */
public record PartnerSecret(String partnerCode, String secret) implements Credentials {

    public PartnerSecret {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new EgovClientException("PartnerSecret: partnerCode is required / thiếu partnerCode");
        }
        if (secret == null || secret.isEmpty()) {
            throw new EgovClientException("PartnerSecret: secret is required / thiếu secret");
        }
    }

    @Override
    public String toString() {
        return "PartnerSecret[partnerCode=" + partnerCode + ", secret=****]";
    }
}
