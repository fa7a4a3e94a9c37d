package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.internal.console.ConsoleAction;
import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console's civil-status tab: the dossiers on the DVCLT software with the acknowledgement and every status the
 * one-stop system pushed; the dossiers the Ministry of Justice received (births, deaths, marriages) with their status,
 * polls and certificate; the refusals of both. Action {@code advance} plays the ministry's officer: the next step of
 * 1 → 3 → 4, or {@code status} 2 (supplement) / 6 (refuse) — {@code POST /__console/api/civil/advance?code=…}.
 */
final class CivilConsoleView implements ConsoleView {
    private static final Map<String, String> DVCLT = Map.of(
            "1",
            "1 Tiếp nhận",
            "2",
            "2 Yêu cầu bổ sung",
            "3",
            "3 MCĐT tiếp nhận",
            "4",
            "4 Đã có kết quả",
            "5",
            "5 Trả kết quả",
            "6",
            "6 Từ chối",
            "7",
            "7 Đã chuyển BTP");
    private static final Map<String, String> MINISTRY = Map.of(
            "1",
            "1 chờ tiếp nhận / waiting",
            "2",
            "2 yêu cầu bổ sung / supplement",
            "3",
            "3 đang xử lý / processing",
            "4",
            "4 đã đăng ký / registered",
            "6",
            "6 từ chối / refused");
    private static final Pattern XML_FIELD = Pattern.compile("<(nksHoTen|nktHoTen|nycSoGiayToTuyThan)>([^<]*)<");
    private final CivilState state;
    private final SandboxJournal journal;

    CivilConsoleView(CivilState state, SandboxJournal journal) {
        this.state = state;
        this.journal = journal;
    }

    @Override
    public String id() {
        return "civil";
    }

    @Override
    public Text title() {
        return Text.of("Hộ tịch liên thông", "Civil status");
    }

    @Override
    public List<ConsoleTable> tables() {
        ConsoleTable.Builder dvclt = ConsoleTable.builder(
                Text.of("Hồ sơ trên phần mềm DVCLT", "Dossiers on the DVCLT software"),
                Text.of("Mã hồ sơ LT", "Interconnect code"),
                Text.of("Mã DVCLT", "DVCLT id"),
                Text.of("Loại", "Module"),
                Text.of("Thủ tục", "Procedure"),
                Text.of("Người được đăng ký (đã che)", "Subject (masked)"),
                Text.of("Giấy tờ người yêu cầu (đã che)", "Requester's ID (masked)"),
                Text.of("Đã xác nhận nhận", "Acknowledged"),
                Text.of("Trạng thái một cửa đã đẩy", "Statuses pushed"));
        ConsoleTable.Builder btp = ConsoleTable.builder(
                Text.of(
                        "Hồ sơ tại Bộ Tư pháp (hộ tịch dùng chung)",
                        "At the Ministry of Justice (shared civil-status software)"),
                Text.of("Mã hồ sơ MCĐT", "Local code"),
                Text.of("Mã hồ sơ LT", "Interconnect code"),
                Text.of("Loại", "Module"),
                Text.of("Nơi đăng ký", "Unit"),
                Text.of("Người (đã che)", "People (masked)"),
                Text.of("Ngày tiếp nhận", "Received"),
                Text.of("Lượt hỏi kết quả", "Polls"),
                Text.of("Trạng thái", "Status"),
                Text.of("Giấy chứng nhận", "Certificate"));
        synchronized (state) {
            for (CivilState.DvcltDossier d : state.dvclt.values()) {
                String xml = d.inner.path("data").asString("");
                Matcher m = XML_FIELD.matcher(xml);
                String subject = "";
                String requester = "";
                while (m.find()) {
                    if (m.group(1).equals("nycSoGiayToTuyThan")) {
                        requester = ConsoleMask.id(m.group(2));
                    } else {
                        subject = ConsoleMask.name(m.group(2));
                    }
                }
                String pushed = d.statuses.stream()
                        .map(s -> DVCLT.getOrDefault(
                                        s.path("trangThai").asString(),
                                        s.path("trangThai").asString()) + " ("
                                + s.path("thoiGianThucHien").asString("") + ")")
                        .collect(Collectors.joining("\n"));
                dvclt.row(
                        d.code,
                        List.of(
                                d.code,
                                d.id,
                                d.inner.path("module").asString(""),
                                d.inner.path("maTTHC").asString(""),
                                subject,
                                requester,
                                d.acknowledged ? "✓ có / yes" : "chưa / not yet",
                                pushed),
                        List.of());
            }
            for (Map.Entry<String, CivilState.BtpDossier> e : state.btp.entrySet()) {
                CivilState.BtpDossier d = e.getValue();
                String module = d.push.path("module").asString("");
                String cert = d.pdf == null
                        ? ""
                        : "PDF " + d.pdf.length + " bytes"
                                + (d.personalId == null ? "" : "\nsố định danh " + ConsoleMask.id(d.personalId));
                btp.row(
                        e.getKey(),
                        List.of(
                                e.getKey(),
                                d.push.path("maHoSoLT").asString(""),
                                module,
                                d.push.path("maDonVi").asString(""),
                                people(module, d.data),
                                d.receivedAt,
                                String.valueOf(d.polls),
                                MINISTRY.getOrDefault(d.status, d.status)
                                        + (d.driven ? "\n(do cán bộ chuyển / set by the officer)" : ""),
                                cert),
                        actions(e.getKey(), d.status));
            }
        }
        return List.of(dvclt.build(), btp.build(), ServiceRefusals.table(journal, Set.of("dvclt", "btp")));
    }

    private static String people(String module, JsonNode x) {
        return switch (module) {
            case "LTKH" ->
                ConsoleMask.name(x.path("chongHoTen").asString("")) + " – "
                        + ConsoleMask.name(x.path("voHoTen").asString(""));
            case "LTKT" -> ConsoleMask.name(x.path("nktHoTen").asString(""));
            default -> ConsoleMask.name(x.path("nksHoTen").asString(""));
        };
    }

    private List<ConsoleAction> actions(String code, String status) {
        List<ConsoleAction> a = new ArrayList<>();
        switch (status) {
            case "1" -> a.add(ConsoleAction.of(id(), "advance", Text.of("Tiếp nhận → 3", "Accept → 3"), "code", code));
            case "2" ->
                a.add(ConsoleAction.of(id(), "advance", Text.of("Đã bổ sung → 3", "Supplemented → 3"), "code", code));
            case "3" -> a.add(ConsoleAction.of(id(), "advance", Text.of("Đăng ký → 4", "Register → 4"), "code", code));
            default -> {
                return a;
            }
        }
        if (!status.equals("2")) {
            a.add(ConsoleAction.of(
                    id(),
                    "advance",
                    Text.of("Yêu cầu bổ sung (2)", "Ask to supplement (2)"),
                    "code",
                    code,
                    "status",
                    "2"));
        }
        a.add(ConsoleAction.of(id(), "advance", Text.of("Từ chối (6)", "Refuse (6)"), "code", code, "status", "6"));
        return a;
    }

    @Override
    public Optional<Text> act(String action, Map<String, String> params) {
        if (!action.equals("advance")) {
            return Optional.empty();
        }
        String code = ConsoleView.required(params, "code");
        String next = state.advanceMinistry(code, params.get("status"));
        String name = MINISTRY.get(next);
        return Optional.of(Text.of(
                "Bộ Tư pháp: hồ sơ " + code + " → trạng thái " + name.substring(0, name.indexOf(" / ")),
                "Ministry: dossier " + code + " → status " + next + " " + name.substring(name.indexOf(" / ") + 3)));
    }
}
