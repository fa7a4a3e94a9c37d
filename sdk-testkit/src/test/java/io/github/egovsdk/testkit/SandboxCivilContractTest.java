package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.civil.criminal.CriminalRecordClient;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.criminal.CriminalRecordResult;
import io.github.egovsdk.civil.criminal.CriminalRecordState;
import io.github.egovsdk.civil.criminal.CriminalRecordStatusUpdate;
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.justice.SubmitOutcome;
import io.github.egovsdk.testkit.contract.CivilStatusContract;
import io.github.egovsdk.testkit.contract.InterconnectContract;
import io.github.egovsdk.testkit.contract.InterconnectTarget;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Our CI runs the civil-status contract suites against the embedded sandbox, plus the criminal-record round trip. */
@EgovSandboxTest
class SandboxCivilContractTest {
    private static InterconnectTarget target(EgovSandbox sandbox) {
        SandboxCivil civil = sandbox.civil();
        return new InterconnectTarget(
                civil.interconnectEndpoint(),
                SandboxCivil.DVCLT_USERNAME,
                SandboxCivil.DVCLT_PASSWORD,
                "api/lienthongdvclt/token",
                "api/lienthongdvclt/hosolienthong",
                "api/lienthongdvclt/hosolienthong/danhan",
                "api/lienthongdvclt/hosolienthong/trangthai",
                civil.civilStatusEndpoint(),
                SandboxCivil.PROVINCE,
                () -> civil.fileBirth(
                        "G27.99-260301-" + System.nanoTime() % 10_000,
                        sandbox.citizens().get(1),
                        "TRẦN THỬ NGHIỆM BÉ",
                        LocalDate.of(2026, 3, 1)));
    }

    @Nested
    class Interconnect extends InterconnectContract {
        private InterconnectTarget target;

        @BeforeEach
        void target(EgovSandbox sandbox) {
            target = SandboxCivilContractTest.target(sandbox);
        }

        @Override
        protected InterconnectTarget target() {
            return target;
        }
    }

    @Nested
    class CivilStatus extends CivilStatusContract {
        private InterconnectTarget target;

        @BeforeEach
        void target(EgovSandbox sandbox) {
            target = SandboxCivilContractTest.target(sandbox);
        }

        @Override
        protected InterconnectTarget target() {
            return target;
        }

        @Override
        protected int pollsUntilRegistered() {
            return 3;
        }
    }

    @Test
    void criminalRecord_whenSubmittedPolledAndPushed_goesToNineWithCertificateAndEachStateOnce(EgovSandbox sandbox) {
        String request = "{\"maTinh\":\"27\",\"tenTinh\":\"Bắc Ninh\",\"maHoSoMCDT\":\"H27.99-260101-0009\","
                + "\"ngayTiepNhan\":\"01/01/2026\",\"nguonDangKy\":2,\"tenNguonDangKy\":\"VNeID\",\"toKhai\":{"
                + "\"loaiPhieu\":1,\"yeuCauCDNCV\":0,\"soLuongCap\":1,\"nycHoTen\":\"Nguyễn Thử Nghiệm\","
                + "\"nycNgaySinh\":\"01/01/1999\",\"nycSoGiayTo\":\"001099012345\",\"uyQuyen\":0}}";
        try (CriminalRecordClient lltp = sandbox.civil().criminalRecordClient()) {
            var app = CriminalRecordIntake.parse(request);
            assertThat(lltp.submit(app)).isEqualTo(SubmitOutcome.ACCEPTED);
            assertThat(lltp.submit(app)).isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
            assertThat(lltp.result(app.localCode()).orElseThrow().state()).contains(CriminalRecordState.PROCESSING);
            CriminalRecordResult done = lltp.result(app.localCode()).orElseThrow();
            assertThat(done.state()).contains(CriminalRecordState.DONE);
            assertThat(done.pdf()).startsWith('%', 'P', 'D', 'F');
            var nine =
                    new CriminalRecordStatusUpdate(app.localCode(), CriminalRecordState.DONE, null, null, false, done);
            assertThat(lltp.pushStatus(nine)).isEqualTo(StatusPushOutcome.DONE);
            assertThat(lltp.pushStatus(nine)).as("a repeat").isEqualTo(StatusPushOutcome.DONE);
            assertThat(sandbox.civil().vneidStates(app.localCode())).containsExactly(9);
        }
    }
}
