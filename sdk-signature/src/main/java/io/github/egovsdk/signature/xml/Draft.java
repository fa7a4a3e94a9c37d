package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.sign.Packaging;
import io.github.egovsdk.signature.sign.PreparedSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Every value of a XAdES signature that is not derived from the document and the certificate: the Ids, the signing
 * time, the MIME type. Fixed at prepare and carried in the prepared state, so complete rebuilds the same SignedInfo.
 */
record Draft(Packaging packaging, String signatureId, String objectId, Instant signingTime, String mimeType) {

    static Draft fresh(Path input, Packaging packaging, Clock clock) {
        String mime = "text/xml";
        if (packaging == Packaging.DETACHED) {
            try {
                String probed = Files.probeContentType(input);
                mime = probed != null ? probed : "application/octet-stream";
            } catch (IOException e) {
                mime = "application/octet-stream";
            }
        }
        return new Draft(
                packaging,
                "id-" + UUID.randomUUID(),
                "obj-" + UUID.randomUUID(),
                Instant.ofEpochMilli(clock.millis()).truncatedTo(ChronoUnit.SECONDS),
                mime);
    }

    static Draft of(PreparedSignature p) {
        Map<String, String> m = p.properties();
        String id = m.get("signatureId");
        String object = m.get("objectId");
        String mime = m.get("mimeType");
        if (id == null || object == null || mime == null) {
            throw new EgovClientException("The prepared XAdES state lacks signatureId, objectId or mimeType");
        }
        return new Draft(p.packaging(), id, object, p.signingTime(), mime);
    }

    Map<String, String> properties() {
        return Map.of("signatureId", signatureId, "objectId", objectId, "mimeType", mimeType);
    }
}
