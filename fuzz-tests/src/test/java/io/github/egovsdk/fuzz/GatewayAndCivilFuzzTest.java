package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.interconnect.DecodedDossier;
import io.github.egovsdk.civil.interconnect.InterconnectPayloads;
import io.github.egovsdk.civil.interconnect.PayloadLimits;
import io.github.egovsdk.core.gateway.GatewayReplies;
import io.github.egovsdk.core.gateway.SoapEnvelopes;

/**
 * The parsers added with the interconnected services: the DVCLT detail reply (JSON whose {@code data} is a JSON
 * string holding the civil-status XML), the VNeID criminal-record intake, SOAP envelopes and the LGSP's
 * JSON-wrapped replies. Bad input ends in a typed SDK error or a result; decoding never throws on a valid-looking
 * dossier it then reports as invalid.
 */
class GatewayAndCivilFuzzTest {
    @FuzzTest(maxDuration = "6s")
    void civilDetail(byte[] input) {
        Contract.typedErrorsOnly(() -> {
            DecodedDossier decoded = InterconnectPayloads.inspect(input, PayloadLimits.DEFAULT);
            if (decoded == null) {
                throw new AssertionError("inspect returned null");
            }
        });
    }

    @FuzzTest(maxDuration = "6s")
    void criminalRecordIntake(FuzzedDataProvider data) {
        Contract.typedErrorsOnly(() -> CriminalRecordIntake.parse(data.consumeRemainingAsString()));
    }

    @FuzzTest(maxDuration = "6s")
    void soapEnvelope(FuzzedDataProvider data) {
        Contract.typedErrorsOnly(() -> SoapEnvelopes.bodyContent(data.consumeRemainingAsString(), "fuzz-1"));
    }

    @FuzzTest(maxDuration = "6s")
    void gatewayReply(FuzzedDataProvider data) {
        Contract.typedErrorsOnly(() -> GatewayReplies.unwrap(data.consumeRemainingAsString(), "fuzz-1"));
    }
}
