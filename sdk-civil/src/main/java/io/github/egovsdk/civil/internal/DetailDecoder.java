package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.interconnect.DecodedDossier;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.PayloadLimits;
import io.github.egovsdk.civil.registration.CivilRegistration;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.core.JacksonException;
import io.github.egovsdk.thirdparty.jackson.core.TokenStreamLocation;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the DVCLT detail reply (interconnected-services §1.3.3): {@code {"data": Detail}} whose {@code data} is a
 * JSON <em>string</em> of a second Detail whose {@code data} is the XML string with {@code <hoTich>}. Tolerated
 * variants, each reported as a warning: the Detail given without the {@code {"data": …}} wrapper, an inner layer that
 * is already an object, a single-encoded payload (the outer {@code data} is the XML), attachments on the outer
 * layer. Error messages never quote the payload (it holds personal data): only positions and field names.
 */
public final class DetailDecoder {
    private DetailDecoder() {}

    public static DecodedDossier decode(byte[] json, PayloadLimits limits) {
        if (json.length > limits.maxJsonBytes()) {
            throw new PayloadFormatException(
                    "detail",
                    "the reply has " + json.length + " bytes, over the limit of " + limits.maxJsonBytes()
                            + " / phản hồi vượt quá giới hạn kích thước",
                    true,
                    null);
        }
        try {
            return decodeUnchecked(json, limits);
        } catch (EgovException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever a hostile payload provokes, only a typed SDK error leaves the parser.
            throw new PayloadFormatException(
                    "detail",
                    "cannot decode the dossier (" + e.getClass().getSimpleName() + ") / không giải mã được hồ sơ",
                    false,
                    null);
        }
    }

    private static DecodedDossier decodeUnchecked(byte[] json, PayloadLimits limits) {
        List<String> warnings = new ArrayList<>();
        List<RegistrationProblem> problems = new ArrayList<>();
        JsonNode root = parseJson(new String(json, StandardCharsets.UTF_8), "detail");
        if (!root.isObject()) {
            throw new PayloadFormatException("detail", "not a JSON object / không phải đối tượng JSON", false, null);
        }
        JsonNode outer = root.path("data");
        if (!outer.isObject()) {
            if (root.path("data").isString() && (root.has("maHoSo") || root.has("module"))) {
                warnings.add("the detail came without its {\"data\": …} wrapper");
                outer = root;
            } else {
                throw new PayloadFormatException(
                        "data", "the reply has no 'data' object / thiếu đối tượng data", false, null);
            }
        }
        JsonNode inner;
        String xml;
        JsonNode encoded = outer.path("data");
        if (encoded.isString() && encoded.asString().stripLeading().startsWith("<")) {
            warnings.add("data.data is the XML itself (single-encoded payload)");
            inner = outer;
            xml = encoded.asString();
        } else {
            if (encoded.isString()) {
                if (encoded.asString().length() > limits.maxJsonBytes()) {
                    throw new PayloadFormatException("data.data", "over the size limit", true, null);
                }
                inner = parseJson(encoded.asString(), "data.data");
            } else if (encoded.isObject()) {
                warnings.add("data.data is a JSON object, not the JSON string the DVCLT software sends");
                inner = encoded;
            } else {
                throw new PayloadFormatException(
                        "data.data",
                        "missing: the encoded dossier (a JSON string) / thiếu" + " dữ liệu hồ sơ (chuỗi JSON)",
                        false,
                        null);
            }
            if (!inner.isObject()) {
                throw new PayloadFormatException(
                        "data.data", "not a JSON object / không phải đối tượng JSON", false, null);
            }
            JsonNode x = inner.path("data");
            if (!x.isString()) {
                throw new PayloadFormatException(
                        "data.data.data",
                        "missing: the civil-status XML string / thiếu" + " dữ liệu hộ tịch (XML)",
                        false,
                        null);
            }
            xml = x.asString();
        }
        Map<String, String> values = HoTichXml.fields(xml, limits.maxXmlChars(), warnings);
        Fields fields = new Fields(values, limits.maxFieldChars());

        String moduleCode = text(inner, outer, "module");
        Optional<CivilModule> module = CivilModule.fromCode(moduleCode).filter(m -> m != CivilModule.MARRIAGE);
        if (module.isEmpty()) {
            problems.add(new RegistrationProblem(
                    "data.module",
                    moduleCode == null ? "Required" : "OneOf",
                    "the module must be KS (birth) or KT (death)",
                    "module phải là KS (khai sinh) hoặc KT (khai tử)"));
        }
        CivilModule m = module.orElseGet(() -> values.containsKey("nktHoTen") ? CivilModule.DEATH : CivilModule.BIRTH);
        CivilRegistration registration =
                m == CivilModule.BIRTH ? RegistrationMapper.birth(fields) : RegistrationMapper.death(fields);
        problems.addAll(RegistrationMapper.problems(fields));

        String code = text(inner, outer, "maHoSo");
        if (code == null) {
            problems.add(new RegistrationProblem(
                    "data.maHoSo",
                    "Required",
                    "the interconnect code (maHoSo) is" + " required",
                    "Mã hồ sơ liên thông (maHoSo) là bắt buộc"));
        }
        String procedure = text(outer, inner, "maTTHC");
        if (procedure == null) {
            problems.add(new RegistrationProblem(
                    "data.maTTHC",
                    "Required",
                    "the procedure code (maTTHC) is" + " required",
                    "Mã thủ tục (maTTHC) là bắt buộc"));
        }
        String received = text(inner, outer, "ngayTiepNhan");
        LocalDateTime receivedAt = null;
        try {
            receivedAt = CivilDates.dateTime(received);
        } catch (DateTimeParseException e) {
            warnings.add("data.ngayTiepNhan is in no known format; kept as text");
        }
        List<Attachment> attachments = attachments(inner, outer, problems, warnings);
        InterconnectDossier dossier = new InterconnectDossier(
                text(outer, inner, "maDonVi"),
                procedure,
                m,
                code,
                received,
                receivedAt,
                text(outer, inner, "techId"),
                null,
                registration,
                attachments);
        return new DecodedDossier(dossier, problems, warnings);
    }

    private static List<Attachment> attachments(
            JsonNode inner, JsonNode outer, List<RegistrationProblem> problems, List<String> warnings) {
        JsonNode files = inner.path("fileDinhKem");
        String where = "data.data.fileDinhKem";
        if ((files.isMissingNode() || files.isNull())
                && outer != inner
                && outer.path("fileDinhKem").isArray()) {
            warnings.add("the attachments (fileDinhKem) were on the outer layer");
            files = outer.path("fileDinhKem");
            where = "data.fileDinhKem";
        }
        List<Attachment> out = new ArrayList<>();
        if (files.isMissingNode() || files.isNull()) {
            return out;
        }
        if (!files.isArray()) {
            problems.add(new RegistrationProblem(where, "Array", "must be a list", "phải là danh sách"));
            return out;
        }
        int i = 0;
        for (JsonNode f : files) {
            String at = where + "[" + i++ + "]";
            if (!f.isObject()) {
                problems.add(new RegistrationProblem(at, "Object", "must be an object", "phải là đối tượng"));
                continue;
            }
            byte[] content;
            String data = f.path("duLieuTepDinhKem").isString()
                    ? f.path("duLieuTepDinhKem").asString()
                    : "";
            try {
                content = Base64.getMimeDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                problems.add(new RegistrationProblem(
                        at + ".duLieuTepDinhKem", "Base64", "not base64", "không phải dữ liệu base64"));
                content = new byte[0];
            }
            Long id = number(f, "id");
            Long type = number(f, "loaiGiayTo");
            Long cancelled = number(f, "huyGiayTo");
            boolean isCancelled = f.path("huyGiayTo").isBoolean()
                    ? f.path("huyGiayTo").asBoolean()
                    : cancelled != null && cancelled != 0;
            out.add(new Attachment(
                    id == null ? 0 : id,
                    type == null ? null : type.intValue(),
                    str(f, "tenGiayTo"),
                    str(f, "tenTepDinhKem"),
                    isCancelled,
                    content));
        }
        return out;
    }

    private static Long number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isString()) {
            try {
                return Long.parseLong(v.asString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.asString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(JsonNode first, JsonNode second, String field) {
        String v = str(first, field);
        return v != null ? v : str(second, field);
    }

    private static JsonNode parseJson(String text, String part) {
        try {
            JsonNode n = EgovJson.mapper().readTree(text);
            if (n == null || n.isMissingNode()) {
                throw new PayloadFormatException(part, "empty / rỗng", false, null);
            }
            return n;
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new PayloadFormatException(part, "malformed JSON" + where + " / JSON sai cú pháp", false, null);
        }
    }
}
