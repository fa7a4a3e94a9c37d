package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The portal Q&amp;A services of the sandbox adapter (interconnected-services §3.2), behind the same session envelope
 * as the portal: {@code LayDanhSachHoiDapGuiTuDVCQG}, {@code LayDanhSachHoiDapBoCoQuan}, {@code
 * LayNoiDungTraLoiTheoCauHoi} ({@code cauhoiid}), {@code DongBoHoiDap} and {@code DongBoKetQuaHoiDapGuiTuDVCQG}
 * ({@code NGAYTRALOI dd/MM/yyyy}); replies {@code {error_code, result | message}}. Person fields are on the items.
 */
final class QaServices {
    static final Set<String> SERVICES = Set.of(
            "LayDanhSachHoiDapGuiTuDVCQG",
            "LayDanhSachHoiDapBoCoQuan",
            "LayNoiDungTraLoiTheoCauHoi",
            "DongBoHoiDap",
            "DongBoKetQuaHoiDapGuiTuDVCQG");
    private final CivilState state;

    QaServices(CivilState state) {
        this.state = state;
    }

    ObjectNode handle(String service, JsonNode body) {
        ObjectNode o = Responses.object();
        synchronized (state) {
            switch (service) {
                case "LayDanhSachHoiDapGuiTuDVCQG" -> {
                    o.put("error_code", 0);
                    state.questions.forEach(o.putArray("result")::add);
                }
                case "LayDanhSachHoiDapBoCoQuan" -> {
                    o.put("error_code", 0);
                    state.pushedQuestions.forEach(o.putArray("result")::add);
                }
                case "LayNoiDungTraLoiTheoCauHoi" -> {
                    o.put("error_code", 0);
                    var r = o.putArray("result");
                    state.answers
                            .getOrDefault(body.path("cauhoiid").asString(""), List.of())
                            .forEach(r::add);
                }
                case "DongBoHoiDap" -> {
                    for (JsonNode q : body.path("data")) {
                        if (q.path("HOIDAPID").asString("").isBlank()
                                || q.path("NOIDUNG").asString("").isBlank()) {
                            return o.put("error_code", -1).put("message", "Thiếu HOIDAPID hoặc NOIDUNG");
                        }
                        state.pushedQuestions.add(q.deepCopy());
                    }
                    o.put("error_code", 0).put("message", "Thành công");
                }
                default -> {
                    for (JsonNode a : body.path("data")) {
                        String id = a.path("HOIDAPID").asString("");
                        if (!a.path("NGAYTRALOI").asString("").matches("\\d{2}/\\d{2}/\\d{4}")) {
                            return o.put("error_code", -1).put("message", "NGAYTRALOI phải theo dd/MM/yyyy");
                        }
                        ObjectNode ans = Responses.object();
                        ans.put("TRALOIID", 5000 + state.sequence.incrementAndGet())
                                .put("NOIDUNGTRALOI", a.path("NOIDUNGTRALOI").asString(""));
                        state.answers
                                .computeIfAbsent(id, k -> new ArrayList<>())
                                .add(ans);
                        state.questions.stream()
                                .filter(q -> q.path("HOIDAPID").asString().equals(id))
                                .forEach(q -> q.put(
                                                "TRALOIID", ans.path("TRALOIID").asLong())
                                        .put(
                                                "NOIDUNGTRALOI",
                                                ans.path("NOIDUNGTRALOI").asString()));
                    }
                    o.put("error_code", 0).put("message", "Thành công");
                }
            }
        }
        return o;
    }
}
