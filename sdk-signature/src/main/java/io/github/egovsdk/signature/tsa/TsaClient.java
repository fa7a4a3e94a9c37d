package io.github.egovsdk.signature.tsa;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * RFC 3161 time-stamp client (TSA, dịch vụ cấp dấu thời gian) over the SDK's HTTP pipeline: retries, timeouts,
 * proxy and TLS as configured. A request is safe to repeat (a fresh nonce per request), so it is retried.
 * Immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * try (TsaClient tsa = TsaClient.builder().endpoint("https://tsa.example.vn/").build()) {
 *     byte[] digest = MessageDigest.getInstance("SHA-256").digest(signatureValue);
 *     byte[] token = tsa.timestamp(digest, "SHA-256");      // a DER TimeStampToken covering the digest
 * }
 * }</pre>
 */
public final class TsaClient implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpPipeline pipeline;

    private TsaClient(ClientConfig config) {
        this.pipeline = HttpPipeline.create(config);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Time-stamps a digest; returns the DER-encoded TimeStampToken after checking that the response matches the
     * request (imprint, nonce) and carries a granted status.
     */
    public byte[] timestamp(byte[] digest, String digestAlgorithm) {
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        var oid =
                switch (digestAlgorithm.toUpperCase(Locale.ROOT).replace("-", "")) {
                    case "SHA256" -> NISTObjectIdentifiers.id_sha256;
                    case "SHA384" -> NISTObjectIdentifiers.id_sha384;
                    case "SHA512" -> NISTObjectIdentifiers.id_sha512;
                    case "SHA1" -> OIWObjectIdentifiers.idSHA1;
                    default ->
                        throw new IllegalArgumentException("Unsupported digest for a time-stamp: " + digestAlgorithm);
                };
        TimeStampRequest request = gen.generate(oid, digest, new BigInteger(64, RANDOM));
        try {
            HttpRequest http = HttpRequest.builder(
                            HttpMethod.POST, pipeline.config().endpoint())
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .body(RequestBody.ofBytes(request.getEncoded(), "application/timestamp-query"))
                    .idempotencyKey("tsa-" + request.getNonce().toString(16))
                    .build();
            try (HttpResponse response = pipeline.send(http);
                    InputStream in = response.body()) {
                TimeStampResponse tsr = new TimeStampResponse(in.readNBytes(1 << 20));
                tsr.validate(request);
                if (tsr.getTimeStampToken() == null) {
                    throw new EgovServiceException(
                            response.statusCode(),
                            String.valueOf(tsr.getStatus()),
                            "The TSA refused: " + tsr.getStatusString(),
                            null,
                            null);
                }
                return tsr.getTimeStampToken().getEncoded();
            }
        } catch (IOException | TSPException e) {
            throw new EgovServiceException(
                    200, "TSA_RESPONSE", "Invalid time-stamp response: " + e.getMessage(), null, null);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder of {@link TsaClient}: {@code endpoint} is the TSA URL. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private Builder() {}

        public TsaClient build() {
            return new TsaClient(clientConfig());
        }
    }
}
