package io.github.egovsdk.dvc.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.ProcedureCode;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureTest {

    @Test
    void of_whenValid_keepsTheValuesAndSumsFees() {
        Procedure p = Procedure.of(
                ProcedureCode.parse("1.001193.000.00.00.H56"),
                "Đăng ký khai sinh",
                new Sector("HT", "Hộ tịch"),
                OnlineServiceLevel.FULL,
                ProcessingTime.workingDays(3),
                List.of(new ProcedureFee(8000, "Lệ phí"), new ProcedureFee(0, "Miễn phí")));

        assertThat(p.totalFeesVnd()).isEqualTo(8000);
        assertThat(p.onlineLevel().vietnamese()).isEqualTo("Toàn trình");
    }

    @Test
    void of_whenFieldsInvalid_namesEveryOne() {
        assertThatThrownBy(() -> Procedure.of(
                        null,
                        " ",
                        new Sector("", "Hộ tịch"),
                        null,
                        new ProcessingTime(0, ProcessingTime.Unit.WORKING_DAYS),
                        List.of(new ProcedureFee(-1, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("code", "fees[0].amountVnd", "name", "processingTime.amount", "sector.code"));
    }

    @Test
    void processingTime_whenDaysOrHours_givesTheAppointmentDate() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 23, 8, 0); // Monday
        AppointmentDates dates = AppointmentDates.vietnam();

        assertThat(ProcessingTime.workingDays(5)
                        .dueDate(dates, received, List.of())
                        .due())
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 0));
        assertThat(ProcessingTime.workingHours(4)
                        .dueDate(dates, received, List.of())
                        .due())
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 14, 0));
    }
}
