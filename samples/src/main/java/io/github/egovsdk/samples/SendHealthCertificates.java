package io.github.egovsdk.samples;

import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.health.BirthCertificateField;
import io.github.egovsdk.health.CertificateReceipt;
import io.github.egovsdk.health.DrivingLicenceCertificate;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.health.HealthCertificateClient;
import io.github.egovsdk.health.HealthDocument;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import java.time.LocalDate;

/**
 * A clinic sends electronic health certificates to the Social Security gateway ({@link HealthCertificateClient}):
 * a driving-licence health certificate (GKSK, added then corrected) and a birth certificate (giấy chứng sinh), each
 * signed with the clinic's key (here one issued by the sandbox CA) through sdk-signature's XML signer.
 */
public final class SendHealthCertificates {
    private SendHealthCertificates() {}

    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start();
                HealthCertificateClient certificates = HealthCertificateClient.builder()
                        .endpoint(sandbox.socialSecurityEndpoint())
                        .login(EgwLogin.of(
                                SandboxSocialSecurity.USERNAME, SandboxSocialSecurity.PASSWORD.toCharArray()))
                        .facilityCode(SandboxSocialSecurity.FACILITY)
                        .signingKey(sandbox.signingKey("CN=Phòng khám Sandbox, O=27001, C=VN"))
                        .build()) {
            DrivingLicenceCertificate gksk = new DrivingLicenceCertificate(
                    "00042/GKSKLX/27001/26",
                    "NGUYEN VAN A",
                    Gender.MALE,
                    LocalDate.of(1990, 1, 1),
                    "Thôn Z, Xã Y",
                    "27",
                    "256",
                    "09190",
                    "000000000000",
                    LocalDate.of(2021, 1, 1),
                    "Cục CSQLHC về TTXH",
                    "27001",
                    "Phòng khám Sandbox",
                    "0",
                    DrivingLicenceCertificate.AlcoholUnit.MG_PER_LITRE_BREATH,
                    false,
                    LocalDate.of(2026, 1, 2),
                    "BS Sandbox",
                    "Đủ sức khỏe lái xe hạng B",
                    "B",
                    null,
                    null,
                    null);
            print("GKSK ADD", certificates.submit(gksk, HealthCertificateClient.Action.ADD));
            print("GKSK EDIT", certificates.submit(gksk, HealthCertificateClient.Action.EDIT));
            HealthDocument<BirthCertificateField> birth = HealthDocument.birthCertificate()
                    .set(BirthCertificateField.MA_GCS, "GCS-2026-0001")
                    .set(BirthCertificateField.HOTEN_NND, "TRAN THI B")
                    .set(BirthCertificateField.NGAYSINH_NND, "19950505")
                    .set(BirthCertificateField.TEN_CON, "NGUYEN VAN C")
                    .set(BirthCertificateField.GIOI_TINH_CON, "1")
                    .set(BirthCertificateField.CAN_NANG_CON, "3200")
                    .set(BirthCertificateField.NGAY_SINH_CON, "202601020830")
                    .set(BirthCertificateField.NOI_SINH_CON, "Phòng khám Sandbox")
                    .set(BirthCertificateField.NGAY_CT, "20260102")
                    .set(BirthCertificateField.MA_TTDV, "BS THU TRUONG")
                    .build();
            print("Giấy chứng sinh / birth certificate", certificates.submit(birth));
        }
    }

    private static void print(String what, CertificateReceipt r) {
        System.out.println(what + ": " + (r.accepted() ? "đã tiếp nhận / received" : "bị từ chối / refused")
                + " (" + r.code() + " " + r.message() + ")"
                + (r.transactionId().isEmpty() ? "" : ", mã giao dịch / transaction " + r.transactionId()));
    }
}
