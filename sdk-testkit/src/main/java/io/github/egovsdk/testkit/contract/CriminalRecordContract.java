package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.civil.criminal.CriminalRecordApplication;
import io.github.egovsdk.civil.criminal.CriminalRecordClient;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.criminal.CriminalRecordResult;
import io.github.egovsdk.civil.criminal.CriminalRecordState;
import io.github.egovsdk.civil.criminal.CriminalRecordStatusUpdate;
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.justice.SubmitOutcome;
import io.github.egovsdk.core.EgovServiceException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link CriminalRecordClient} against a criminal-record gateway (LLTP system + VNeID callback): a test
 * application (the synthetic "Nguyễn Thử Nghiệm", purpose "automated contract test") is accepted and its repeat
 * recognised; the poll knows it in a documented state — with {@code pollsUntilIssued} &gt; 0 the certificate must come
 * with its PDF; an unknown code is absent; a wrong {@code authKey} is refused; a state pushed to VNeID is done and its
 * repeat is not a failure. Each test uses a dossier code of its own. Subclass it with a {@link CriminalRecordTarget}.
 */
public abstract class CriminalRecordContract {

    protected abstract CriminalRecordTarget target();

    /** Builds the client; override to add a proxy, TLS settings or timeouts. */
    protected CriminalRecordClient client(String authKey) {
        CriminalRecordTarget t = target();
        return CriminalRecordClient.builder()
                .endpoint(t.endpoint())
                .authKey(authKey)
                .province(t.provinceCode(), t.provinceName())
                .paths(t.submitPath(), t.resultPath())
                .statusPath(t.statusPath())
                .build();
    }

    /** A fresh test application in VNeID's shape. */
    protected CriminalRecordApplication application() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String code = "CT-LLTP-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        return CriminalRecordIntake.parse("{\"maTinh\":\"" + target().provinceCode() + "\",\"maHoSoMCDT\":\"" + code
                + "\",\"ngayTiepNhan\":\"" + today + "\",\"nguonDangKy\":\"1\",\"tenNguonDangKy\":\"Kiểm thử\","
                + "\"toKhai\":{\"loaiPhieu\":\"1\",\"yeuCauCDNCV\":\"0\",\"tenMucDich\":\"automated contract test,"
                + " please ignore\",\"soLuongCap\":1,\"nycHoTen\":\"Nguyễn Thử Nghiệm\",\"nycGioiTinh\":\"1\","
                + "\"nycNgaySinh\":\"01/01/1999\",\"nycLoaiGiayTo\":\"1\",\"nycSoGiayTo\":\"027099000999\","
                + "\"uyQuyen\":\"0\"}}");
    }

    @Test
    void submit_whenNewApplication_isAcceptedAndARepeatRecognised() {
        CriminalRecordApplication a = application();
        try (CriminalRecordClient c = client(target().authKey())) {
            assertThat(c.submit(a)).isEqualTo(SubmitOutcome.ACCEPTED);
            assertThat(c.submit(a)).isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
        }
    }

    @Test
    void result_whenSubmitted_isInADocumentedStateAndIssuedWithItsPdf() {
        CriminalRecordApplication a = application();
        try (CriminalRecordClient c = client(target().authKey())) {
            c.submit(a);
            CriminalRecordResult r = c.result(a.localCode()).orElseThrow();
            assertThat(r.state())
                    .as("trangThaiXuLy " + r.stateCode() + " is one of 1–10")
                    .isPresent();
            for (int i = 1; i < target().pollsUntilIssued(); i++) {
                r = c.result(a.localCode()).orElseThrow();
            }
            if (target().pollsUntilIssued() > 0) {
                assertThat(r.state().orElseThrow().hasCertificate()).isTrue();
                assertThat(r.certificateNumber()).isNotBlank();
                assertThat(r.pdf()).startsWith('%', 'P', 'D', 'F');
            }
        }
    }

    @Test
    void result_whenCodeUnknown_isEmpty() {
        try (CriminalRecordClient c = client(target().authKey())) {
            assertThat(c.result("KHONG-TON-TAI-" + ThreadLocalRandom.current().nextInt(1_000_000)))
                    .isEmpty();
        }
    }

    @Test
    void submit_whenAuthKeyWrong_isRefusedWithoutTheKeyInTheMessage() {
        String wrong = "sai-" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (CriminalRecordClient c = client(wrong)) {
            assertThatThrownBy(() -> c.submit(application()))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.getMessage())
                            .doesNotContain(wrong));
        }
    }

    @Test
    void pushStatus_whenAcceptedStatePushedTwice_isDoneThenNotFailed() {
        CriminalRecordApplication a = application();
        try (CriminalRecordClient c = client(target().authKey())) {
            c.submit(a);
            CriminalRecordStatusUpdate accepted = new CriminalRecordStatusUpdate(
                    a.localCode(),
                    CriminalRecordState.ACCEPTED,
                    null,
                    a.receivedOn().plusDays(14),
                    false,
                    null);
            assertThat(c.pushStatus(accepted)).isEqualTo(StatusPushOutcome.DONE);
            assertThat(c.pushStatus(accepted)).as("a repeat after a crash").isNotEqualTo(StatusPushOutcome.FAILED);
        }
    }
}
