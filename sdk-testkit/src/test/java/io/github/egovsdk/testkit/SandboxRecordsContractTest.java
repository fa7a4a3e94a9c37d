package io.github.egovsdk.testkit;

import io.github.egovsdk.testkit.contract.CriminalRecordContract;
import io.github.egovsdk.testkit.contract.CriminalRecordTarget;
import io.github.egovsdk.testkit.contract.PortalQaContract;
import io.github.egovsdk.testkit.contract.PortalTarget;
import io.github.egovsdk.testkit.contract.ResultsStoreContract;
import io.github.egovsdk.testkit.contract.ResultsStoreTarget;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** Our CI runs the criminal-record, results-store and portal Q&amp;A contract suites against the embedded sandbox. */
@EgovSandboxTest
class SandboxRecordsContractTest {

    @Nested
    class CriminalRecord extends CriminalRecordContract {
        private CriminalRecordTarget target;

        @BeforeEach
        void target(EgovSandbox sandbox) {
            target = new CriminalRecordTarget(
                    sandbox.civil().criminalRecordEndpoint(),
                    SandboxCivil.LLTP_AUTH_KEY,
                    SandboxCivil.PROVINCE,
                    "Bắc Ninh",
                    "guiHoSo",
                    "nhanTrangThai",
                    "v2/lyLichTuPhap/traKetQuaHoSoLLTP",
                    2);
        }

        @Override
        protected CriminalRecordTarget target() {
            return target;
        }
    }

    @Nested
    class ResultsStore extends ResultsStoreContract {
        private ResultsStoreTarget target;

        @BeforeEach
        void target(EgovSandbox sandbox) {
            SandboxCitizen c = sandbox.citizens().get(0);
            target = new ResultsStoreTarget(
                    sandbox.civil().resultsStoreEndpoint(),
                    "ketqua",
                    "tep",
                    c.personalId(),
                    c.fullName(),
                    "KQ.G15.000031",
                    () -> {
                        sandbox.civil()
                                .storeResult(
                                        c.personalId(),
                                        "KQ.G15.000031",
                                        "Giấy khai sinh",
                                        "12/1999",
                                        "000.00.00.H27",
                                        "gks.pdf",
                                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
                        sandbox.civil()
                                .storeResult(
                                        c.personalId(),
                                        "KQ.G15.000034",
                                        "Trích lục khai tử",
                                        "3/2020",
                                        "000.00.00.H27",
                                        "tlkt.pdf",
                                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
                    });
        }

        @Override
        protected ResultsStoreTarget target() {
            return target;
        }
    }

    @Nested
    class PortalQa extends PortalQaContract {
        private PortalTarget target;

        @BeforeEach
        void target(EgovSandbox sandbox) {
            target = new PortalTarget(
                    sandbox.portalEndpoint(),
                    "login",
                    "api",
                    EgovSandbox.PORTAL_USERNAME,
                    EgovSandbox.PORTAL_PASSWORD,
                    EgovSandbox.AGENCY_A.organId(),
                    EgovSandbox.AGENCY_A.organId(),
                    "1.001234",
                    null,
                    null,
                    null);
        }

        @Override
        protected PortalTarget target() {
            return target;
        }
    }
}
