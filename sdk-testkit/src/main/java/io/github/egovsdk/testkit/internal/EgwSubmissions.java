package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Document;

/**
 * Certificate submissions in the sandbox: GKSK ({@code Username}/{@code Password} headers, {@code MSG_STATE} 1/0,
 * duplicate ADD and unknown EDIT refused) and birth/death/bundle documents ({@code fileBase64Str} or
 * {@code fileHsBase64}; 200, 205 not base64 / wrong root / no XML signature, 401 session, 1001 over 1 MiB; key casing
 * {@code maKetQua} for {@code guiGiayToDienTu}, {@code MaKetQua} for {@code GuiHoSoChungTu2025}).
 */
final class EgwSubmissions {
    private static final int MAX_FILE = 1 << 20;

    private EgwSubmissions() {}

    static ResponseDefinition gksk(Request r, EgwTransformer egw) {
        if (!EgwTransformer.loginOk(r.getHeader("Username"), r.getHeader("Password"))) {
            return gkskState("0", "Sai tài khoản hoặc mật khẩu", null);
        }
        JsonNode b = EgovJson.tryParse(r.getBodyAsString());
        if (b == null || !b.isObject()) {
            return gkskState("0", "Dữ liệu không phải JSON", null);
        }
        String so = b.path("SO").asString("");
        if (!so.matches("[0-9]{5}/GKSKLX/[0-9A-Za-z]{5}/[0-9]{2}")) {
            return gkskState("0", "Số giấy không đúng định dạng", null);
        }
        for (String f : new String[] {
            "HOTEN",
            "GIOITINHVAL",
            "NGAYSINH",
            "SOCMND_PASSPORT",
            "IDBENHVIEN",
            "NGAYKETLUAN",
            "KETLUAN",
            "HANGBANGLAI",
            "STATE",
            "SIGNDATA"
        }) {
            if (b.path(f).asString("").isBlank()) {
                return gkskState("0", "Thiếu trường " + f, null);
            }
        }
        if (signedXml(b.path("SIGNDATA").asString(""), "GKSK") == null) {
            return gkskState("0", "SIGNDATA không hợp lệ", null);
        }
        String state = b.path("STATE").asString("");
        boolean known = egw.certificates().containsKey(so);
        if (state.equals("ADD") && known
                || state.equals("EDIT") && !known
                || !state.equals("ADD") && !state.equals("EDIT")) {
            return gkskState("0", state.equals("ADD") ? "Số giấy đã tồn tại" : "Không có giấy để sửa", so);
        }
        egw.certificates().put(so, true);
        egw.state().record(new SandboxSocialSecurity.Submission("gksk", state, "1"));
        ObjectNode o = Responses.object();
        o.put("MSG_STATE", "1");
        o.put("MSG_TEXT", "Thành công");
        o.put("IDBENHVIEN", b.path("IDBENHVIEN").asString(""));
        o.put("SO", so);
        o.put("UUID", UUID.randomUUID().toString());
        o.put("BENHVIEN", b.path("BENHVIEN").asString(""));
        return Responses.json(200, o);
    }

    private static ResponseDefinition gkskState(String state, String text, String so) {
        ObjectNode o = Responses.object();
        o.put("MSG_STATE", state);
        o.put("MSG_TEXT", text);
        if (so != null) {
            o.put("SO", so);
        }
        return Responses.json(200, o);
    }

    static ResponseDefinition document(Request r, EgwTransformer egw, boolean bundle) {
        Map<String, String> f = Forms.parse(r.getBodyAsString());
        String type = f.getOrDefault("loaiHs", "");
        String code;
        if (!EgwTransformer.loginOk(f.get("username"), f.get("password"))
                || !egw.sessionOk(f.get("token"), f.get("id_token"))) {
            code = "401";
        } else {
            String file = f.containsKey("fileBase64Str") ? f.get("fileBase64Str") : f.getOrDefault("fileHsBase64", "");
            String root =
                    switch (type) {
                        case "61" -> "HSDLGCS";
                        case "60" -> "HSDLGBT";
                        case "39" -> "HSCHUNGTU";
                        default -> null;
                    };
            if (file.length() > MAX_FILE * 4 / 3 + 4) {
                code = "1001";
            } else {
                code = root != null && signedXml(file, root) != null ? "200" : "205";
            }
        }
        egw.state()
                .record(new SandboxSocialSecurity.Submission(
                        bundle ? "GuiHoSoChungTu2025" : "guiGiayToDienTu", type, code));
        ObjectNode o = Responses.object();
        o.put(bundle ? "MaKetQua" : "maKetQua", code);
        if (code.equals("200")) {
            o.put(
                    bundle ? "MaGD" : "maGD",
                    "GD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            o.put(
                    bundle ? "ThoiGianTiepNhan" : "thoiGianTiepNhan",
                    LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                            .format(DateTimeFormatter.ofPattern("uuuuMMddHHmmss")));
        }
        return Responses.json(200, o);
    }

    /** The decoded XML when it is base64 of a document with that root and an XML signature; else null. */
    private static Document signedXml(String base64, String root) {
        try {
            Document d =
                    SecureXml.parse(new ByteArrayInputStream(Base64.getDecoder().decode(base64.strip())));
            boolean signed = d.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature")
                            .getLength()
                    == 1;
            return signed && root.equals(d.getDocumentElement().getTagName()) ? d : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
