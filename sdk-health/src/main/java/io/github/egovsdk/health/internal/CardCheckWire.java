package io.github.egovsdk.health.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.health.CardCheckRequest;
import io.github.egovsdk.health.CardCheckResult;
import io.github.egovsdk.health.CardLookup;
import io.github.egovsdk.health.Visit;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code KQNhanLichSuKCB2024} on the wire (Phụ lục 03 of Công văn 1923/BHXH-CNTT): the JSON body of the published
 * example ({@code maThe, hoTen, ngaySinh, hoTenCb, cccdCb}), the session and login as query parameters (where
 * clients put them; the spec lists them without a place), and the reply read field by field.
 */
public final class CardCheckWire {
    private static final int MAX_HISTORY = 10_000;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);

    private CardCheckWire() {}

    /** The query string {@code token=&id_token=&username=&password=}. */
    public static String query(EgwSession.Tokens tokens, String username, String passwordDigest) {
        return "token=" + enc(tokens.accessToken()) + "&id_token=" + enc(tokens.idToken()) + "&username="
                + enc(username) + "&password=" + enc(passwordDigest);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    public static byte[] body(CardCheckRequest r, boolean compactBirthDate) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("maThe", r.cardOrId());
        b.put("hoTen", r.fullName());
        b.put(
                "ngaySinh",
                compactBirthDate ? r.birthDate().compact() : r.birthDate().slashed());
        b.put("hoTenCb", r.officerName());
        b.put("cccdCb", r.officerPersonalId().value());
        return EgovJson.write(b);
    }

    /**
     * Reads a reply body.
     *
     * @throws EgovServiceException when the body is not a JSON object or has no {@code maKetQua}
     */
    public static CardCheckResult parse(String body) {
        JsonNode j = EgovJson.tryParse(body);
        if (j == null || !j.isObject()) {
            throw new EgovServiceException(
                    200,
                    "NOT_JSON",
                    "The card check reply is not a JSON object / kết quả tra" + " cứu thẻ không phải JSON",
                    null,
                    null);
        }
        String code = EgwJson.text(j, "maKetQua", "MaKetQua");
        if (code.isEmpty()) {
            throw new EgovServiceException(
                    200,
                    "NO_RESULT_CODE",
                    "The card check reply has no maKetQua / kết quả" + " tra cứu thẻ thiếu maKetQua",
                    null,
                    null);
        }
        return new CardCheckResult(
                code,
                t(j, "ghiChu"),
                t(j, "maThe"),
                t(j, "hoTen"),
                t(j, "ngaySinh"),
                t(j, "gioiTinh"),
                t(j, "diaChi"),
                t(j, "maDKBD"),
                t(j, "cqBHXH"),
                date(t(j, "gtTheTu")),
                date(t(j, "gtTheDen")),
                t(j, "maKV"),
                date(t(j, "ngayDu5Nam")),
                t(j, "maSoBHXH"),
                t(j, "maTheCu"),
                t(j, "maTheMoi"),
                date(t(j, "gtTheTuMoi")),
                date(t(j, "gtTheDenMoi")),
                t(j, "maDKBDMoi"),
                t(j, "tenDKBDMoi"),
                visits(j.get("dsLichSuKCB2018")),
                checks(j.get("dsLichSuKT2018")));
    }

    private static List<Visit> visits(JsonNode a) {
        List<Visit> out = new ArrayList<>();
        for (JsonNode v : items(a)) {
            out.add(new Visit(
                    t(v, "maHoSo"),
                    t(v, "maCSKCB"),
                    minute(t(v, "ngayVao")),
                    minute(t(v, "ngayRa")),
                    t(v, "tenBenh"),
                    t(v, "tinhTrang"),
                    t(v, "kqDieuTri"),
                    t(v, "lyDoVV"),
                    t(v, "TEMP1"),
                    t(v, "TEMP2")));
        }
        return out;
    }

    private static List<CardLookup> checks(JsonNode a) {
        List<CardLookup> out = new ArrayList<>();
        for (JsonNode v : items(a)) {
            out.add(new CardLookup(
                    t(v, "userKT"),
                    minute(t(v, "thoiGianKT")),
                    EgwJson.text(v, "thongBao", "thongbao"),
                    t(v, "maLoi")));
        }
        return out;
    }

    private static List<JsonNode> items(JsonNode a) {
        List<JsonNode> out = new ArrayList<>();
        if (a == null || !a.isArray()) {
            return out;
        }
        for (JsonNode n : a) {
            if (out.size() == MAX_HISTORY) {
                throw new EgovServiceException(
                        200,
                        "HISTORY_TOO_LONG",
                        "More than " + MAX_HISTORY + " history" + " entries / lịch sử quá dài",
                        null,
                        null);
            }
            if (n.isObject()) {
                out.add(n);
            }
        }
        return out;
    }

    private static String t(JsonNode j, String name) {
        return EgwJson.text(j, name);
    }

    static Optional<LocalDate> date(String s) {
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDateTime> minute(String s) {
        try {
            return s.length() != 12 ? Optional.empty() : Optional.of(LocalDateTime.parse(s, MINUTE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
