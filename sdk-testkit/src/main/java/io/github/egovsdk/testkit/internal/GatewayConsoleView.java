package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.testkit.internal.console.ConsoleAction;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.JournalView;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's gateway tabs: the LGSP / NDXP ({@code lgsp}: every call with its auth style and the auth headers
 * that came, the SOAP operation and the citizen, masked) and the Social Security gateway ({@code egw}: token, card
 * checks, certificates and bundles sent, the switches in force; action {@code expire-sessions}), each with its
 * refusals.
 */
final class GatewayConsoleView implements ConsoleView {
    private final String id;
    private final Text title;
    private final JournalView calls;
    private final SandboxJournal journal;
    private final SandboxSocialSecurity socialSecurity;

    private GatewayConsoleView(
            String id, Text title, JournalView calls, SandboxJournal journal, SandboxSocialSecurity socialSecurity) {
        this.id = id;
        this.title = title;
        this.calls = calls;
        this.journal = journal;
        this.socialSecurity = socialSecurity;
    }

    static GatewayConsoleView lgsp(SandboxJournal journal) {
        Text title = Text.of("LGSP / NDXP", "LGSP / NDXP gateway");
        return new GatewayConsoleView(
                "lgsp",
                title,
                JournalView.of(
                        "lgsp",
                        Text.of("Các lần gọi qua LGSP", "Calls through the LGSP"),
                        journal,
                        "lgsp",
                        GatewayTraffic.KIND,
                        Text.of("Kiểu xác thực", "Auth style"),
                        "style",
                        Text.of("Tiêu đề xác thực gửi kèm", "Auth headers sent"),
                        "headers",
                        Text.of("Nghiệp vụ", "Operation"),
                        "operation",
                        Text.of("Công dân (đã che)", "Citizen (masked)"),
                        "citizen",
                        Text.of("HTTP", "HTTP"),
                        "http",
                        Text.of("Kết quả", "Result"),
                        "result"),
                journal,
                null);
    }

    static GatewayConsoleView socialSecurity(SandboxJournal journal, SandboxSocialSecurity state) {
        Text title = Text.of("BHXH (egw)", "Social Security (egw)");
        return new GatewayConsoleView(
                "egw",
                title,
                JournalView.of(
                        "egw",
                        Text.of("Các lần gọi cổng BHXH", "Calls to the Social Security gateway"),
                        journal,
                        "egw",
                        GatewayTraffic.KIND,
                        Text.of("Dịch vụ", "Operation"),
                        "operation",
                        Text.of("Nội dung (đã che)", "Subject (masked)"),
                        "subject",
                        Text.of("Tiêu đề xác thực", "Auth headers"),
                        "headers",
                        Text.of("HTTP", "HTTP"),
                        "http",
                        Text.of("Mã kết quả", "Result code"),
                        "result"),
                journal,
                state);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Text title() {
        return title;
    }

    @Override
    public List<ConsoleTable> tables() {
        List<ConsoleTable> out = new ArrayList<>(calls.tables());
        if (socialSecurity != null) {
            ConsoleTable.Builder sent = ConsoleTable.builder(
                    Text.of("Giấy tờ đã gửi và cấu hình cổng", "Documents received and the gateway's switches"),
                    Text.of("Dịch vụ", "Service"),
                    Text.of("Loại", "Type"),
                    Text.of("Mã kết quả", "Result code"));
            int n = 0;
            for (SandboxSocialSecurity.Submission s : socialSecurity.submissions()) {
                sent.row("submission-" + (++n), s.service(), s.documentType(), s.code());
            }
            sent.row(
                    "allow-list",
                    "IP allow-list",
                    socialSecurity.ipAllowList().isEmpty()
                            ? "(tắt / off)"
                            : String.join(", ", socialSecurity.ipAllowList()),
                    "");
            sent.row(
                    "session-lifetime",
                    "session lifetime",
                    socialSecurity.sessionLifetime().toString(),
                    "");
            out.add(sent.build());
        }
        out.add(ServiceRefusals.table(journal, id.equals("lgsp") ? Set.of("lgsp", "csdldc") : Set.of("egw")));
        return out;
    }

    @Override
    public List<ConsoleAction> actions() {
        return socialSecurity == null
                ? List.of()
                : List.of(ConsoleAction.of(
                        id, "expire-sessions", Text.of("Hủy mọi phiên BHXH", "End every egw session")));
    }

    @Override
    public Optional<Text> act(String action, Map<String, String> params) {
        if (socialSecurity == null || !action.equals("expire-sessions")) {
            return Optional.empty();
        }
        socialSecurity.expireSessions();
        return Optional.of(Text.of("Đã hủy mọi phiên của cổng BHXH", "Every Social Security session was ended"));
    }
}
