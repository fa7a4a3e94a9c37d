package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The refused requests of some services (newest first), as a table for their own console tab. */
final class ServiceRefusals {
    private ServiceRefusals() {}

    static ConsoleTable table(SandboxJournal journal, Set<String> services) {
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Yêu cầu bị từ chối và lý do", "Refused requests and why"),
                Text.of("Thời gian", "Time"),
                Text.of("Đường dẫn", "Path"),
                Text.of("HTTP", "HTTP"),
                Text.of("Mã lỗi", "Code"),
                Text.of("Lý do sandbox trả lời", "Reason the sandbox gave"));
        List<SandboxJournal.Event> events = new ArrayList<>(journal.eventsOfKind(SandboxJournal.REFUSED));
        for (int i = events.size() - 1; i >= 0; i--) {
            SandboxJournal.Event e = events.get(i);
            if (services.contains(e.service())) {
                t.row(
                        "refused-" + e.seq(),
                        e.at(),
                        e.field("method") + " " + e.field("path"),
                        e.field("http"),
                        e.field("code"),
                        e.field("reason"));
            }
        }
        return t.build();
    }
}
