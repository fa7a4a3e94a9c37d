package io.github.egovsdk.cli.demo;

import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.core.calendar.WorkingCalendar;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.time.LocalDateTime;
import java.util.List;

/** The demo's steps, in order. */
final class DemoSteps {
    private DemoSteps() {
    }

    record Named(String vi, String en, DemoRun.Step step) {
    }

    static List<Named> all() {
        return List.of(
                new Named("Kiểm tra số định danh cá nhân của công dân",
                        "Check a citizen's personal ID number", DemoSteps::checkPersonalId),
                new Named("Tính ngày hẹn trả hồ sơ qua kỳ nghỉ Tết 2026",
                        "Compute a dossier's appointment date across the Tết 2026 holiday", DemoSteps::dueDate));
    }

    private static String checkPersonalId(DemoContext c) {
        PersonalIdNumber.Result r = PersonalIdNumber.check("001099012345");
        if (!r.valid()) {
            throw new IllegalStateException("The sandbox citizen's number is invalid: " + r.errors());
        }
        c.detail("số / number: " + PersonalIdNumber.of("001099012345") + " (masked in every output)");
        return "hợp lệ / valid — " + r.province().orElseThrow().name() + ", " + r.gender() + ", " + r.birthYear();
    }

    private static String dueDate(DemoContext c) {
        DueDate due = WorkingCalendar.vietnam().dueDateInWorkingDays(LocalDateTime.of(2026, 2, 13, 16, 0), 3);
        due.skipped().forEach(h -> c.detail("bỏ qua / skipped " + h.date() + " — " + h.reasonVi()));
        return "nhận 13/02/2026 16:00 → hẹn trả / due " + due.due();
    }
}
