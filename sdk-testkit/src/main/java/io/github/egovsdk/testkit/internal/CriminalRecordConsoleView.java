package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The console's criminal-record tab: every application the one-stop system sent to the LLTP system (source,
 * certificate type, purpose, applicant masked, files), the state the sandbox LLTP gives it, the states pushed to
 * VNeID for it, and the gateway's refusals.
 */
final class CriminalRecordConsoleView implements ConsoleView {
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("1", "Mới đăng ký"),
            Map.entry("2", "Được tiếp nhận"),
            Map.entry("3", "Không được tiếp nhận"),
            Map.entry("4", "Đang xử lý"),
            Map.entry("5", "Yêu cầu bổ sung giấy tờ"),
            Map.entry("6", "Yêu cầu thực hiện nghĩa vụ tài chính"),
            Map.entry("7", "Công dân yêu cầu rút hồ sơ"),
            Map.entry("8", "Dừng xử lý"),
            Map.entry("9", "Đã xử lý xong"),
            Map.entry("10", "Đã trả kết quả"));
    private final CivilState state;
    private final SandboxJournal journal;

    CriminalRecordConsoleView(CivilState state, SandboxJournal journal) {
        this.state = state;
        this.journal = journal;
    }

    @Override
    public String id() {
        return "criminal";
    }

    @Override
    public Text title() {
        return Text.of("Lý lịch tư pháp", "Criminal records");
    }

    @Override
    public List<ConsoleTable> tables() {
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Hồ sơ cấp phiếu lý lịch tư pháp đã gửi", "Criminal-record applications received"),
                Text.of("Mã hồ sơ MCĐT", "Local code"),
                Text.of("Nguồn đăng ký", "Source"),
                Text.of("Loại phiếu", "Certificate type"),
                Text.of("Mục đích", "Purpose"),
                Text.of("Người yêu cầu (đã che)", "Applicant (masked)"),
                Text.of("Giấy tờ (đã che)", "ID (masked)"),
                Text.of("Tệp", "Files"),
                Text.of("Trạng thái LLTP", "LLTP state"),
                Text.of("Trạng thái đã đẩy lên VNeID", "States pushed to VNeID"));
        synchronized (state) {
            for (Map.Entry<String, CivilState.LltpDossier> e : state.lltp.entrySet()) {
                CivilState.LltpDossier d = e.getValue();
                JsonNode tk = d.push.path("toKhai");
                String lltp = d.polls == 0
                        ? "1 " + STATES.get("1") + " (chưa hỏi / not polled yet)"
                        : d.polls == 1 ? "4 " + STATES.get("4") : "9 " + STATES.get("9") + " — phiếu PDF / PDF";
                String vneid = d.vneid.stream()
                        .map(s -> s.path("trangThaiXuLy").asString("") + " "
                                + STATES.getOrDefault(s.path("trangThaiXuLy").asString(""), "")
                                + (s.path("lyDoTuChoi").asString("").isBlank()
                                        ? ""
                                        : " — "
                                                + ConsoleMask.text(
                                                        s.path("lyDoTuChoi").asString())))
                        .collect(Collectors.joining("\n"));
                String files = stream(tk.path("fileHoSo"))
                        .map(f -> f.path("tenFile").asString("") + " ("
                                + f.path("noiDungFile").asString("").length() * 3 / 4 + " bytes)")
                        .collect(Collectors.joining("\n"));
                t.row(
                        e.getKey(),
                        List.of(
                                e.getKey(),
                                d.push.path("nguonDangKy").asString("") + " "
                                        + d.push.path("tenNguonDangKy").asString(""),
                                tk.path("loaiPhieu").asString(""),
                                ConsoleMask.text(tk.path("mucDich")
                                        .asString(tk.path("tenMucDich").asString(""))),
                                ConsoleMask.name(tk.path("nycHoTen").asString("")),
                                ConsoleMask.id(tk.path("nycSoGiayTo").asString("")),
                                files,
                                lltp,
                                vneid),
                        List.of());
            }
        }
        return List.of(t.build(), ServiceRefusals.table(journal, Set.of("lltp")));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
