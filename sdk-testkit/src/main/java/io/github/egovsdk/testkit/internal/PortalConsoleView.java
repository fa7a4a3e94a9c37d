package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.testkit.internal.console.ConsoleAction;
import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The console's portal tab: synced dossiers with their status history and progress, live sessions with their
 * expiry, logins and session events, and the catalogue; the action {@code expire-sessions} ends every session as the
 * portal does when they time out.
 */
final class PortalConsoleView implements ConsoleView {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final ServiceState state;

    PortalConsoleView(ServiceState state) {
        this.state = state;
    }

    @Override
    public String id() {
        return "portal";
    }

    @Override
    public Text title() {
        return Text.of("Cổng Dịch vụ công", "Public-service portal");
    }

    @Override
    public List<ConsoleAction> actions() {
        return List.of(
                ConsoleAction.of(id(), "expire-sessions", Text.of("Hủy mọi phiên làm việc", "Expire every session")));
    }

    @Override
    public Optional<Text> act(String action, Map<String, String> params) {
        if (!action.equals("expire-sessions")) {
            return Optional.empty();
        }
        int live = state.sessionExpiries().size();
        state.expireSessions();
        return Optional.of(Text.of("Đã hủy " + live + " phiên làm việc", live + " session(s) expired"));
    }

    @Override
    public List<ConsoleTable> tables() {
        return List.of(dossiers(), sessions(), logins(), catalogue());
    }

    private ConsoleTable dossiers() {
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Hồ sơ đã đồng bộ", "Synced dossiers"),
                Text.of("Mã hồ sơ", "Dossier code"),
                Text.of("Thủ tục", "Procedure"),
                Text.of("Chủ hồ sơ", "Applicant"),
                Text.of("Tiếp nhận", "Received"),
                Text.of("Hẹn trả", "Due"),
                Text.of("Trạng thái", "Status"),
                Text.of("Lịch sử trạng thái", "Status history"),
                Text.of("Tiến độ xử lý", "Progress"));
        state.dossiers().forEach((code, d) -> {
            String history = state.statusHistory(code).stream()
                    .map(h -> h[0] + " → " + status(h[1]))
                    .collect(Collectors.joining("\n"));
            String progress = state.progressOf(code).stream()
                    .map(PortalConsoleView::progress)
                    .collect(Collectors.joining("\n"));
            t.row(
                    code,
                    code,
                    d.path("MaTTHC").asString("") + " " + d.path("TenTTHC").asString(""),
                    ConsoleMask.name(d.path("ChuHoSo").asString("")),
                    d.path("NgayTiepNhan").asString(""),
                    d.path("NgayHenTra").asString(""),
                    status(d.path("TrangThaiHoSo").asString("")),
                    history,
                    progress);
        });
        return t.build();
    }

    private static String status(String code) {
        try {
            return code + " "
                    + DossierStatus.fromCode(Integer.parseInt(code.strip()))
                            .map(DossierStatus::vietnamese)
                            .orElse("");
        } catch (NumberFormatException e) {
            return code;
        }
    }

    private static String progress(JsonNode p) {
        return p.path("ThoiDiemXuLy").asString("") + " "
                + status(p.path("TrangThai").asString("")) + " — "
                + ConsoleMask.text(p.path("NoiDungXuLy").asString("")) + " ("
                + ConsoleMask.name(p.path("NguoiXuLy").asString("")) + " "
                + p.path("PhongBanXuLy").asString("") + ")";
    }

    private ConsoleTable sessions() {
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Phiên làm việc đang mở", "Live sessions"),
                Text.of("Phiên", "Session"),
                Text.of("Hết hạn lúc", "Expires at"));
        // No countdown column: the page re-renders only when the state changes, not every second.
        state.sessionExpiries()
                .forEach((s, until) ->
                        t.row(ServiceState.sessionLabel(s), ServiceState.sessionLabel(s), TIME.format(until)));
        return t.build();
    }

    private ConsoleTable logins() {
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Đăng nhập và hết hạn phiên", "Logins and session expiries"),
                Text.of("Thời gian", "Time"),
                Text.of("Sự kiện", "Event"),
                Text.of("Tài khoản / dstcode", "User / dstcode"),
                Text.of("Phiên", "Session"));
        List<SandboxJournal.Event> events = state.journal().events("portal", null);
        for (int i = events.size() - 1; i >= 0; i--) {
            SandboxJournal.Event e = events.get(i);
            boolean login = e.kind().equals("login");
            t.row(
                    String.valueOf(e.seq()),
                    e.at(),
                    login ? "login — đăng nhập" : e.field("event"),
                    login ? e.field("user") + " / " + e.field("dstcode") : "thời hạn / lifetime " + e.field("lifetime"),
                    e.field("session"));
        }
        return t.build();
    }

    private static ConsoleTable catalogue() {
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Danh mục thủ tục hành chính", "Procedure catalogue"),
                Text.of("Mã TTHC", "Code"),
                Text.of("Tên thủ tục", "Name"),
                Text.of("Lĩnh vực", "Sector"),
                Text.of("Thời hạn", "Time limit"),
                Text.of("Phí, lệ phí", "Fees"),
                Text.of("Cơ quan", "Agency"));
        for (PortalCatalogue.Procedure p : PortalCatalogue.PROCEDURES) {
            List<String> fees = new ArrayList<>();
            p.fees().forEach(f -> fees.add(f.amount() + " " + f.unit() + " — " + f.description()));
            t.row(
                    p.code(),
                    p.code(),
                    p.name(),
                    p.sectorCode(),
                    p.time() + " " + p.timeUnit(),
                    String.join("\n", fees),
                    p.agencyName());
        }
        return t.build();
    }
}
