package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.interconnect.StatusPushResult;
import io.github.egovsdk.civil.interconnect.StatusUpdate;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The DVCLT status push body (interconnected-services §1.3.7) and the classification of its reply (§1.3.9). */
public final class StatusWire {
    /**
     * Accepted or idempotent. The reference client also lists "đã có kết quả xử lý. Không thể cập nhật trạng thái"
     * but never matches it (its literal keeps an upper-case K while the reply is lower-cased); here both sides are
     * lower-cased, so it counts as done.
     */
    private static final List<String> DONE = List.of(
            "thành công",
            "bị từ chối. không thể cập nhật trạng thái",
            "đã tồn tại trong một cửa điện tử",
            "không tồn tại",
            "đã trả kết quả, không được cập nhật trạng thái",
            "đã hoàn thành đăng ký, không được cập nhật trạng thái",
            "đã có kết quả xử lý. không thể cập nhật trạng thái");

    private static final List<String> RETRY = List.of(
            "chưa cập nhật trạng thái",
            "chưa được gửi không thể cập nhật trạng thái",
            "có lỗi trong quá trình thêm mới",
            "client received soap fault",
            "server error");
    private static final List<String> FAILED = List.of("logic xử lý không hợp lệ");

    private StatusWire() {}

    public static ObjectNode body(StatusUpdate u, int agencyType) {
        ObjectNode o = CivilJson.object();
        o.put("maTTHC", u.procedureCode());
        o.put("soHoSoLT", u.interconnectCode());
        o.put("coQuanXuLy", agencyType);
        o.put("maHoSo", u.localCode());
        o.put("trangThai", u.status().code());
        CivilJson.put(o, "thoiGianThucHien", CivilDates.format(u.at()));
        CivilJson.put(o, "ghiChu", u.note());
        CivilJson.put(
                o,
                "ketQuaXuLy",
                u.certificate() == null ? null : CivilJson.string(ResultWire.forInterconnect(u.certificate())));
        CivilJson.put(o, "nguoiXuLy", u.handler());
        CivilJson.put(o, "chucDanh", u.title());
        CivilJson.put(o, "phongBanXuLy", u.department());
        CivilJson.put(o, "noiDungXuLy", u.action());
        CivilJson.put(o, "ngayBatDau", CivilDates.format(u.startedAt()));
        CivilJson.put(o, "ngayKetThucTheoQuyDinh", CivilDates.format(u.dueAt()));
        o.putNull("ngayHenTraTruoc");
        o.putNull("ngayHenTraMoi");
        CivilJson.put(o, "hanBoSungHoSo", CivilDates.format(u.supplementDeadline()));
        return o;
    }

    /** Classifies the reply text by its (lower-cased) substrings; the HTTP status is not consulted. */
    public static StatusPushResult classify(String reply) {
        String text = reply == null ? "" : reply;
        String lower = text.toLowerCase(Locale.ROOT);
        JsonNode json = CivilJson.parse(text);
        String title = json == null ? null : CivilJson.text(json, "title");
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (json != null && json.path("errors").isObject()) {
            for (var e : json.path("errors").properties()) {
                List<String> messages = new ArrayList<>();
                e.getValue().forEach(m -> messages.add(m.asString()));
                errors.put(e.getKey(), messages);
                lower = lower + " " + String.join(" ", messages).toLowerCase(Locale.ROOT);
            }
        }
        String message = title != null ? title : text.length() > 300 ? text.substring(0, 300) : text;
        StatusPushOutcome outcome;
        if (FAILED.stream().anyMatch(lower::contains)) {
            outcome = StatusPushOutcome.FAILED;
        } else if (RETRY.stream().anyMatch(lower::contains)) {
            outcome = StatusPushOutcome.RETRY;
        } else if (DONE.stream().anyMatch(lower::contains)) {
            outcome = StatusPushOutcome.DONE;
        } else {
            outcome = StatusPushOutcome.RETRY;
        }
        return new StatusPushResult(outcome, message, errors);
    }
}
