package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * VNPT SmartCA "sp769" emulation under {@code /smartca/}: {@code credentials/get_certificate} returns the sandbox
 * officer's certificate; {@code signatures/sign} takes any number of {@code sign_files} (one confirmation for the
 * batch); the status answers PENDING on the first poll — the "user" approves on the phone — then the signatures by
 * {@code doc_id}, each a PKCS#1 v1.5 signature over DigestInfo(SHA-256, hash) with the officer's key. A wrong
 * {@code sp_id}/{@code sp_password} gets {@code status_code} 401.
 */
public final class SmartCaTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-smartca";
    public static final String SP_ID = "sandbox-sp";
    public static final String SP_PASSWORD = "sandbox-sp-secret";
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Map<String, List<Map<String, String>>> transactions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();

    public SmartCaTransformer(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String url = event.getRequest().getUrl();
        JsonNode body = EgovJson.tryParse(event.getRequest().getBodyAsString());
        try {
            if (url.endsWith("/status")) {
                return status(url.replaceAll(".*/sign/([^/]+)/status", "$1"));
            }
            if (body == null
                    || !SP_ID.equals(body.path("sp_id").asString(""))
                    || !SP_PASSWORD.equals(body.path("sp_password").asString(""))) {
                return json(Map.of("status_code", 401, "message", "UNAUTHORIZED"));
            }
            if (url.endsWith("/credentials/get_certificate")) {
                return json(Map.of(
                        "status_code",
                        200,
                        "message",
                        "SUCCESS",
                        "data",
                        Map.of(
                                "user_certificates",
                                List.of(Map.of(
                                        "cert_id",
                                        "sandbox-cert",
                                        "cert_status",
                                        "ACTIVE",
                                        "serial_number",
                                        certificate.getSerialNumber().toString(16),
                                        "cert_data",
                                        Base64.getEncoder().encodeToString(certificate.getEncoded()))))));
            }
            if (url.endsWith("/signatures/sign")) {
                return sign(body);
            }
            return json(Map.of("status_code", 404, "message", "NOT_FOUND"));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return json(Map.of("status_code", 400, "message", "BAD_REQUEST"));
        }
    }

    private ResponseDefinition sign(JsonNode body) throws GeneralSecurityException, IOException {
        String tx = body.path("transaction_id").asString("");
        List<Map<String, String>> signed = new ArrayList<>();
        for (JsonNode f : body.path("sign_files")) {
            byte[] hash = HexFormat.of().parseHex(f.path("data_to_be_signed").asString(""));
            Signature raw = Signature.getInstance("NONEwithRSA");
            raw.initSign(key);
            raw.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), hash)
                    .getEncoded());
            Map<String, String> s = new LinkedHashMap<>();
            s.put("doc_id", f.path("doc_id").asString(""));
            s.put("signature_value", Base64.getEncoder().encodeToString(raw.sign()));
            signed.add(s);
        }
        if (tx.isEmpty() || signed.isEmpty()) {
            return json(Map.of("status_code", 400, "message", "NO_FILES"));
        }
        transactions.put(tx, signed);
        polls.put(tx, new AtomicInteger());
        return json(Map.of(
                "status_code",
                200,
                "message",
                "SUCCESS",
                "data",
                Map.of("transaction_id", tx, "tran_code", "SBX-" + Math.abs(tx.hashCode()))));
    }

    private ResponseDefinition status(String tx) {
        List<Map<String, String>> signed = transactions.get(tx);
        if (signed == null) {
            return json(Map.of("status_code", 404, "message", "TRANSACTION_NOT_FOUND"));
        }
        if (polls.get(tx).incrementAndGet() < 2) {
            return json(Map.of("status_code", 200, "message", "PENDING", "data", Map.of()));
        }
        return json(Map.of("status_code", 200, "message", "SUCCESS", "data", Map.of("signatures", signed)));
    }

    private static ResponseDefinition json(Map<String, ?> body) {
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(EgovJson.write(body))
                .build();
    }
}
