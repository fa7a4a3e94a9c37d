package io.github.egovsdk.health.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.health.CertificateReceipt;
import io.github.egovsdk.health.SubmissionResultCode;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Certificate submissions on the wire: the birth/death form ({@code maCskcb, token, id_token, username, password,
 * loaiHs, fileBase64Str} — and {@code fileHsBase64} with the same value, since the official table and its example
 * disagree on the name) and both replies, whatever the key casing.
 */
public final class SubmissionWire {
    private SubmissionWire() {}

    public static String form(
            String facility,
            EgwSession.Tokens tokens,
            String username,
            String passwordDigest,
            String documentType,
            byte[] signedXml) {
        String file = Base64.getEncoder().encodeToString(signedXml);
        return "maCskcb=" + enc(facility) + "&token=" + enc(tokens.accessToken()) + "&id_token="
                + enc(tokens.idToken()) + "&username=" + enc(username) + "&password=" + enc(passwordDigest)
                + "&loaiHs=" + enc(documentType) + "&fileBase64Str=" + enc(file) + "&fileHsBase64=" + enc(file);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static JsonNode object(String body) {
        JsonNode j = EgovJson.tryParse(body);
        if (j == null || !j.isObject()) {
            throw new EgovServiceException(
                    200,
                    "NOT_JSON",
                    "The gateway's reply is not a JSON object / phản hồi của" + " cổng tiếp nhận không phải JSON",
                    null,
                    null);
        }
        return j;
    }

    /** {@code {maKetQua, maGD, thoiGianTiepNhan}} in either casing. */
    public static CertificateReceipt documentReceipt(String body) {
        JsonNode j = object(body);
        String code = EgwJson.text(j, "maKetQua", "MaKetQua");
        if (code.isEmpty()) {
            throw new EgovServiceException(
                    200, "NO_RESULT_CODE", "The reply has no maKetQua / phản hồi thiếu" + " maKetQua", null, null);
        }
        String message = SubmissionResultCode.fromCode(code)
                .map(c -> c.english() + " / " + c.vietnamese())
                .orElse("Unknown result code / mã kết quả không xác định " + code);
        return new CertificateReceipt(
                "200".equals(code),
                code,
                message,
                EgwJson.text(j, "maGD", "MaGD"),
                EgwJson.text(j, "thoiGianTiepNhan", "ThoiGianTiepNhan"),
                "");
    }

    /** {@code {MSG_STATE, MSG_TEXT, IDBENHVIEN, SO, UUID, BENHVIEN}}. */
    public static CertificateReceipt gkskReceipt(String body) {
        JsonNode j = object(body);
        String state = EgwJson.text(j, "MSG_STATE", "msg_state");
        if (state.isEmpty()) {
            throw new EgovServiceException(
                    200, "NO_MSG_STATE", "The reply has no MSG_STATE / phản hồi thiếu" + " MSG_STATE", null, null);
        }
        return new CertificateReceipt(
                "1".equals(state),
                state,
                EgwJson.text(j, "MSG_TEXT", "msg_text"),
                EgwJson.text(j, "UUID", "uuid"),
                "",
                EgwJson.text(j, "SO", "so"));
    }
}
