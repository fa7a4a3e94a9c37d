package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * {@code KQNhanLichSuKCB2024} in the sandbox: session and login read from the query string (or the body), fields
 * checked in the order a careful gateway would — format (205), session (401), officer registration (054) and name
 * (055), card (050/051), holder name (060/061), birth date (070) — then the patient's own result with the full field
 * set of Phụ lục 03 §3. {@code ngaySinh} is accepted as {@code dd/MM/yyyy}, {@code ddMMyyyy} or the year.
 */
final class EgwCardCheck {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private EgwCardCheck() {}

    static ResponseDefinition answer(Request r, EgwTransformer egw) {
        Map<String, String> q = Forms.query(r.getUrl());
        JsonNode body = EgovJson.tryParse(r.getBodyAsString());
        if (body == null || !body.isObject()) {
            return Responses.json(200, EgwTransformer.code("205"));
        }
        String token = q.getOrDefault("token", body.path("token").asString(""));
        String idToken = q.getOrDefault("id_token", body.path("id_token").asString(""));
        String user = q.getOrDefault("username", body.path("username").asString(""));
        String password = q.getOrDefault("password", body.path("password").asString(""));
        String card = body.path("maThe").asString("").strip();
        String name = body.path("hoTen").asString("");
        String birth = body.path("ngaySinh").asString("").strip();
        String officer = body.path("hoTenCb").asString("");
        String officerId = body.path("cccdCb").asString("");
        if (card.isEmpty() || name.isBlank() || birth.isEmpty() || officer.isBlank() || officerId.isBlank()) {
            return Responses.json(200, EgwTransformer.code("205"));
        }
        if (!EgwTransformer.loginOk(user, password) || !egw.sessionOk(token, idToken)) {
            return Responses.json(200, EgwTransformer.code("401"));
        }
        if (!SandboxSocialSecurity.OFFICER_ID.equals(officerId)) {
            return Responses.json(200, EgwTransformer.code("054"));
        }
        if (!key(SandboxSocialSecurity.OFFICER_NAME).equals(key(officer))) {
            return Responses.json(200, EgwTransformer.code("055"));
        }
        if (!card.matches("[A-Za-z]{2}[0-9]{13}|[0-9]{12}")) {
            return Responses.json(200, EgwTransformer.code("051"));
        }
        Optional<SandboxSocialSecurity.Patient> found = SandboxSocialSecurity.PATIENTS.stream()
                .filter(p -> p.cardNumber().equalsIgnoreCase(card)
                        || p.citizen().personalId().equals(card))
                .findFirst();
        if (found.isEmpty()) {
            return Responses.json(200, EgwTransformer.code("050"));
        }
        SandboxSocialSecurity.Patient p = found.get();
        String held = key(p.citizen().fullName());
        if (!held.equals(key(name))) {
            return Responses.json(
                    200,
                    EgwTransformer.code(!key(name).isEmpty() && key(name).charAt(0) == held.charAt(0) ? "061" : "060"));
        }
        if (!birthMatches(birth, p.citizen().dateOfBirth())) {
            return Responses.json(200, EgwTransformer.code("070"));
        }
        return Responses.json(200, full(p));
    }

    private static String key(String s) {
        return PopulationTransformer.nameKey(s == null ? "" : s);
    }

    private static boolean birthMatches(String sent, LocalDate dob) {
        return sent.equals(dob.format(SLASHED))
                || sent.equals(dob.format(DateTimeFormatter.ofPattern("ddMMuuuu")))
                || sent.equals(String.valueOf(dob.getYear()));
    }

    private static ObjectNode full(SandboxSocialSecurity.Patient p) {
        int year = LocalDate.now().getYear();
        boolean expired = p.resultCode().equals("010") || p.resultCode().equals("003");
        ObjectNode o = EgwTransformer.code(p.resultCode());
        o.put("ghiChu", "Thẻ " + (expired ? "hết" : "còn") + " giá trị sử dụng (sandbox)");
        o.put("maThe", p.cardNumber());
        o.put("hoTen", p.citizen().fullName());
        o.put("ngaySinh", p.citizen().dateOfBirth().format(SLASHED));
        o.put("gioiTinh", p.citizen().gender() == 1 ? "Nam" : "Nữ");
        o.put("diaChi", p.citizen().address());
        o.put("maDKBD", SandboxSocialSecurity.FACILITY);
        o.put("cqBHXH", "Bảo hiểm xã hội tỉnh Bắc Ninh (sandbox)");
        int validYear = expired ? year - 1 : year;
        o.put("gtTheTu", "01/01/" + validYear);
        o.put("gtTheDen", "31/12/" + validYear);
        o.put("maKV", "");
        o.put("ngayDu5Nam", "01/01/" + (year - 2));
        o.put("maSoBHXH", p.cardNumber().substring(5));
        o.put("maTheCu", "");
        boolean renewed = p.resultCode().equals("003");
        o.put("maTheMoi", renewed ? p.cardNumber().substring(0, 14) + "9" : "");
        o.put("gtTheTuMoi", renewed ? "01/01/" + year : "");
        o.put("gtTheDenMoi", renewed ? "31/12/" + year : "");
        o.put("maDKBDMoi", renewed ? SandboxSocialSecurity.FACILITY : "");
        o.put("tenDKBDMoi", renewed ? "Phòng khám Sandbox" : "");
        ArrayNode visits = o.putArray("dsLichSuKCB2018");
        ObjectNode v = visits.addObject();
        v.put("maHoSo", "HS-SANDBOX-1");
        v.put("maCSKCB", SandboxSocialSecurity.FACILITY);
        v.put("ngayVao", (year - 1) + "03051430");
        v.put("ngayRa", (year - 1) + "03061000");
        v.put("tenBenh", "");
        v.put("tinhTrang", "1");
        v.put("kqDieuTri", "1");
        v.put("lyDoVV", "1");
        for (String t : new String[] {"TEMP1", "TEMP2", "TEMP3", "TEMP4", "TEMP5"}) {
            v.put(t, "");
        }
        ArrayNode checks = o.putArray("dsLichSuKT2018");
        ObjectNode c = checks.addObject();
        c.put("userKT", SandboxSocialSecurity.USERNAME);
        c.put("thoiGianKT", (year - 1) + "04251031");
        c.put("thongBao", "Thông tin thẻ chính xác");
        c.put("maLoi", "000");
        return o;
    }
}
