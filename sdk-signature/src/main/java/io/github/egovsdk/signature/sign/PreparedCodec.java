package io.github.egovsdk.signature.sign;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a prepared signature: {@code {"v":1,"format","packaging","algorithm","signingTime" (epoch ms),
 * "chain":[base64 DER],"dataToSign":base64,"properties":{...}}}. Reading collects every broken field.
 */
final class PreparedCodec {
    private static final List<String> FORMATS = List.of("PAdES", "XAdES", "CAdES");

    private PreparedCodec() {}

    /** The fields read back. */
    record Fields(
            String format,
            Packaging packaging,
            SignatureAlgorithm algorithm,
            Instant signingTime,
            List<X509Certificate> chain,
            byte[] dataToSign,
            Map<String, String> properties) {}

    static Map<String, Object> write(
            int version,
            String format,
            Packaging packaging,
            SignatureAlgorithm algorithm,
            Instant signingTime,
            List<X509Certificate> chain,
            byte[] dataToSign,
            Map<String, String> properties) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", version);
        m.put("format", format);
        m.put("packaging", packaging.name());
        m.put("algorithm", algorithm.name());
        m.put("signingTime", signingTime.toEpochMilli());
        List<String> certs = new ArrayList<>();
        for (X509Certificate c : chain) {
            try {
                certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        m.put("chain", certs);
        m.put("dataToSign", Base64.getEncoder().encodeToString(dataToSign));
        m.put("properties", new LinkedHashMap<>(properties));
        return m;
    }

    static Fields read(byte[] bytes) {
        List<Violation> v = new ArrayList<>();
        JsonNode n = EgovJson.tryParse(new String(bytes, StandardCharsets.UTF_8));
        if (n == null || !n.isObject()) {
            throw invalid(List.of(new Violation(
                    "$", "Json", "not a prepared-signature JSON object / không phải trạng" + " thái ký hợp lệ", null)));
        }
        int version = n.path("v").asInt(-1);
        if (version != 1) {
            throw invalid(List.of(new Violation(
                    "v",
                    "Version",
                    "version " + n.path("v").asString("(none)")
                            + " is not supported, only 1 / phiên bản không được hỗ trợ",
                    null)));
        }
        String format = n.path("format").asString("");
        if (!FORMATS.contains(format)) {
            v.add(new Violation("format", "OneOf", "must be one of " + FORMATS, format));
        }
        Packaging packaging = enumValue(Packaging.class, n.path("packaging").asString(""), "packaging", v);
        SignatureAlgorithm algorithm =
                enumValue(SignatureAlgorithm.class, n.path("algorithm").asString(""), "algorithm", v);
        JsonNode time = n.path("signingTime");
        if (!time.isIntegralNumber()) {
            v.add(new Violation("signingTime", "Number", "must be epoch milliseconds", null));
        }
        List<X509Certificate> chain = new ArrayList<>();
        JsonNode certs = n.path("chain");
        if (!certs.isArray() || certs.isEmpty()) {
            v.add(new Violation("chain", "NotEmpty", "must hold the signer's certificate", null));
        } else {
            for (int i = 0; i < certs.size(); i++) {
                X509Certificate c = certificate(certs.get(i).asString(""));
                if (c == null) {
                    v.add(new Violation("chain[" + i + "]", "Certificate", "not a base64 DER certificate", null));
                }
                chain.add(c);
            }
        }
        byte[] data = base64(n.path("dataToSign").asString(""));
        if (data == null || data.length == 0) {
            v.add(new Violation("dataToSign", "Base64", "must be non-empty base64", null));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode props = n.path("properties");
        if (!props.isMissingNode() && !props.isObject()) {
            v.add(new Violation("properties", "Object", "must be an object of strings", null));
        } else {
            for (Map.Entry<String, JsonNode> e : props.properties()) {
                if (!e.getValue().isString()) {
                    v.add(new Violation("properties." + e.getKey(), "String", "must be a string", null));
                } else {
                    properties.put(e.getKey(), e.getValue().asString());
                }
            }
        }
        if (!v.isEmpty()) {
            throw invalid(v);
        }
        return new Fields(format, packaging, algorithm, Instant.ofEpochMilli(time.asLong()), chain, data, properties);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String field, List<Violation> v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        v.add(new Violation(field, "OneOf", "unknown " + field, name));
        return null;
    }

    private static X509Certificate certificate(String base64) {
        byte[] der = base64(base64);
        if (der == null) {
            return null;
        }
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            return null;
        }
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ValidationException invalid(List<Violation> v) {
        return new ValidationException("prepared signature", v);
    }
}
