package io.github.egovsdk.cli;

import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code egov calendar ...}: working time in Asia/Ho_Chi_Minh. */
@Command(
        name = "calendar",
        description = "Working days, holidays and appointment dates.",
        subcommands = {CalendarCommand.Due.class})
final class CalendarCommand {

    /** {@code egov calendar due --received ISO (--working-days N | --working-hours N) [--json]}. */
    @Command(
            name = "due",
            mixinStandardHelpOptions = true,
            description = "The appointment date (ngày hẹn trả) for a dossier received at that time.")
    static final class Due implements Callable<Integer> {
        @Option(
                names = "--received",
                required = true,
                paramLabel = "ISO-DATETIME",
                description = "Local Vietnam time (2026-02-13T16:00:00) or with an offset.")
        String received;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Amount amount;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

        /** Working days or hours. */
        static final class Amount {
            @Option(names = "--working-days", paramLabel = "N", description = "Due after N working days.")
            Integer days;

            @Option(names = "--working-hours", paramLabel = "N", description = "Due after N working hours.")
            Integer hours;
        }

        @Override
        public Integer call() {
            LocalDateTime start = Dates.dateTime(received);
            int n = amount.days != null ? amount.days : amount.hours;
            if (n < 0) {
                throw UserError.usage(
                        "The number of working days or hours must not be negative",
                        "Số ngày hoặc giờ làm việc không được âm");
            }
            // The one-stop office's rule (sdk-dvc): after closing → next working morning, lunch → 13:30, holidays.
            AppointmentDates dates = AppointmentDates.vietnam();
            DueDate due = amount.days != null
                    ? dates.dueInWorkingDays(start, n, List.of())
                    : dates.dueInWorkingHours(start, n, List.of());
            ObjectNode out = Json.object();
            out.put("received", ISO.format(start));
            out.put("due", ISO.format(due.due()));
            ArrayNode skipped = out.putArray("skipped");
            due.skipped().forEach(h -> skipped.addObject()
                    .put("date", h.date().toString())
                    .put("reason", h.reasonVi())
                    .put("reasonEn", h.reason()));
            var stdout = spec.commandLine().getOut();
            if (options.json) {
                Json.print(stdout, out);
            } else {
                stdout.println(CliLang.t("Nhận:    ", "Received: ") + ISO.format(start));
                stdout.println(CliLang.t("Hẹn trả: ", "Due:      ") + ISO.format(due.due()));
                due.skipped()
                        .forEach(h -> stdout.println(CliLang.t("  bỏ qua ", "  skipped ") + h.date() + ": "
                                + CliLang.t(h.reasonVi(), h.reason())));
                stdout.flush();
            }
            return EgovCli.OK;
        }
    }
}
