package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.json.EgovJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key set a VNPT-built LGSP (nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh) issues to a connecting system, sent as
 * base64 of the UTF-8 JSON {@code {"AccessKey","SecretKey","AppName","PartnerCode","PartnerCodeCus"}} — in the
 * {@code lgspaccesstoken} header (OpenCPS QLCD, Hậu Giang) or as the whole {@code Authorization} value (HCM ESB).
 * {@link #toString()} never shows the secret.
 *
 * @param accessKey      {@code AccessKey}
 * @param secretKey      {@code SecretKey} (a secret)
 * @param appName        {@code AppName}
 * @param partnerCode    {@code PartnerCode}
 * @param partnerCodeCus {@code PartnerCodeCus} (may be empty)
 */
public record LgspKeys(String accessKey, String secretKey, String appName, String partnerCode, String partnerCodeCus) {

    public LgspKeys {
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new EgovClientException(
                    "LGSP AccessKey and SecretKey are required / thiếu AccessKey hoặc SecretKey" + " của LGSP");
        }
        appName = appName == null ? "" : appName;
        partnerCode = partnerCode == null ? "" : partnerCode;
        partnerCodeCus = partnerCodeCus == null ? "" : partnerCodeCus;
    }

    /** Base64 of the JSON key set, the value of the {@code lgspaccesstoken} (or HCM {@code Authorization}) header. */
    public String headerValue() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("AccessKey", accessKey);
        json.put("SecretKey", secretKey);
        json.put("AppName", appName);
        json.put("PartnerCode", partnerCode);
        json.put("PartnerCodeCus", partnerCodeCus);
        return Base64.getEncoder()
                .encodeToString(
                        new String(EgovJson.write(json), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "LgspKeys[accessKey=" + accessKey + ", secretKey=****, appName=" + appName + ", partnerCode="
                + partnerCode + "]";
    }
}
