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
                new Named("Cơ quan A soạn công văn PDF, ký số PAdES có hình chữ ký và con dấu (Nghị định 30), gắn dấu"
                        + " thời gian", "Agency A makes a PDF letter and signs it PAdES with a visible Decree-30"
                        + " signature and seal, time-stamped by the sandbox TSA", AxisSteps::signLetter),
                new Named("Cơ quan A đóng gói edXML và gửi qua trục liên thông tới cơ quan B và C",
                        "A wraps it in edXML and sends it through the sandbox axis to agencies B and C",
                        AxisSteps::send),
                new Named("Cơ quan B nhận văn bản, kiểm tra chữ ký, vào sổ và gửi trạng thái 01 rồi 03",
                        "B's receive loop downloads it, verifies the signature, records it, answers status 01 then 03",
                        AxisSteps::receiveAtB),
                new Named("Cơ quan A theo dõi trạng thái xử lý của các nơi nhận",
                        "A's tracker shows the recipients' statuses", AxisSteps::trackAtA),
                new Named("Kiểm tra số định danh cá nhân của công dân (cấu trúc; đăng nhập VNeID chưa có trong bản này)",
                        "Check a citizen's personal ID number (structure only; VNeID login is not in this build)",
                        DemoSteps::checkPersonalId),
                new Named("Một cửa: tính ngày hẹn trả hồ sơ qua kỳ nghỉ Tết 2026 (đồng bộ cổng DVC chưa có trong bản này)",
                        "One-stop office: appointment date across Tết 2026 (portal sync and payment are not in this"
                                + " build)", DemoSteps::dueDate));
    }

    private static String checkPersonalId(DemoContext c) {
        PersonalIdNumber.Result r = PersonalIdNumber.check("001099012345");
        if (!r.valid()) {
            throw new IllegalStateException("The sandbox citizen's number is invalid: " + r.errors());
        }
        c.detail("số / number: " + PersonalIdNumber.of("001099012345") + " (luôn che trong nhật ký / always masked)");
        return "hợp lệ / valid — " + r.province().orElseThrow().name() + ", " + r.gender() + ", " + r.birthYear();
    }

    private static String dueDate(DemoContext c) {
        DueDate due = WorkingCalendar.vietnam().dueDateInWorkingDays(LocalDateTime.of(2026, 2, 13, 16, 0), 3);
        due.skipped().forEach(h -> c.detail("bỏ qua / skipped " + h.date() + " — " + h.reasonVi()));
        return "nhận 13/02/2026 16:00 → hẹn trả / due " + due.due();
    }
}
