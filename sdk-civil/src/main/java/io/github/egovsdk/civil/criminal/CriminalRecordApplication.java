package io.github.egovsdk.civil.criminal;

import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A criminal-record certificate application (hồ sơ yêu cầu cấp phiếu lý lịch tư pháp) as VNeID hands it to the
 * one-stop system ({@code LLTP_VNEIDParams.Request}) and the one-stop system forwards it to the Justice ministry's
 * LLTP system ({@code DataLGSP}), every field of both. {@link #problems()} checks it; {@link #toString()} shows no
 * personal data.
 *
 * @param provinceCode      mã tỉnh ({@code maTinh}); required
 * @param provinceName      tên tỉnh
 * @param localCode         mã hồ sơ MCĐT ({@code maHoSoMCDT}); required
 * @param source            nguồn đăng ký ({@code nguonDangKy}: {@code "1"} online through the provincial portal,
 *                          {@code "3"} at the counter or by post; VNeID sends its own integer, e.g. 2)
 * @param sourceName        tên nguồn đăng ký
 * @param receivedOn        ngày tiếp nhận ({@code dd/MM/yyyy})
 * @param dueOn             ngày hẹn trả ({@code toKhai.ngayHenTra}, {@code dd/MM/yyyy}); not before receipt
 * @param bornAbroad        nơi sinh ở nước ngoài ({@code nycNoiSinhNuocNgoai}: {@code "1"} / {@code "2"})
 * @param certificateType   loại phiếu: {@code "1"} phiếu số 1, {@code "2"} phiếu số 2
 * @param courtBans         yêu cầu xác nhận cấm đảm nhiệm chức vụ… ({@code yeuCauCDNCV} {@code "1"}/{@code "0"})
 * @param purposeCode       mã mục đích ({@code maMucDich}); {@code purpose} tên mục đích; {@code otherPurpose}
 *                          mục đích khác
 * @param copies            số lượng cấp ({@code soLuongCap}, 1–100)
 * @param applicant         người yêu cầu
 * @param authorised        ủy quyền ({@code uyQuyen} {@code "1"}/{@code "0"}); then {@code authorisedPerson} is
 *                          required
 * @param authorisedPerson  người được ủy quyền; null when not authorised
 * @param recordInformation thông tin án tích the applicant declares ({@code thongTinAnTich})
 * @param residenceHistory  quá trình cư trú, nghề nghiệp ({@code quaTrinhCTNNNLV} / {@code nycCuTru})
 * @param payment           thông tin thanh toán (VNeID); null when not sent
 * @param receipt           thông tin biên lai (VNeID); null when not sent
 * @param files             giấy tờ đính kèm ({@code giayToDinhKem} / {@code fileHoSo})
 */
public record CriminalRecordApplication(
        String provinceCode,
        String provinceName,
        String localCode,
        String source,
        String sourceName,
        LocalDate receivedOn,
        LocalDate dueOn,
        String bornAbroad,
        String certificateType,
        boolean courtBans,
        String purposeCode,
        String purpose,
        String otherPurpose,
        Integer copies,
        CriminalRecordApplicant applicant,
        boolean authorised,
        AuthorisedPerson authorisedPerson,
        String recordInformation,
        List<ResidencePeriod> residenceHistory,
        CriminalRecordPayment payment,
        CriminalRecordReceipt receipt,
        List<CriminalRecordFile> files) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public CriminalRecordApplication {
        residenceHistory = residenceHistory == null ? List.of() : List.copyOf(residenceHistory);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Every rule broken, each field named ({@code toKhai.nycHoTen} …); empty when valid. */
    public List<RegistrationProblem> problems() {
        List<RegistrationProblem> p = new ArrayList<>();
        required(p, "maTinh", provinceCode, "the province code", "Mã tỉnh");
        required(p, "maHoSoMCDT", localCode, "the one-stop dossier code", "Mã hồ sơ một cửa");
        if (certificateType != null && !Set.of("1", "2").contains(certificateType)) {
            p.add(problem(
                    "toKhai.loaiPhieu", "Value", "the certificate type must be 1 or 2", "loại phiếu phải là 1 hoặc 2"));
        }
        if (bornAbroad != null && !Set.of("1", "2").contains(bornAbroad)) {
            p.add(problem("toKhai.nycNoiSinhNuocNgoai", "Value", "must be 1 or 2", "phải là 1 hoặc 2"));
        }
        if (copies != null && (copies < 1 || copies > 100)) {
            p.add(problem(
                    "toKhai.soLuongCap",
                    "Range",
                    "the number of copies must be 1–100",
                    "số lượng cấp phải từ 1 đến 100"));
        }
        if (receivedOn != null && dueOn != null && dueOn.isBefore(receivedOn)) {
            p.add(problem(
                    "toKhai.ngayHenTra",
                    "Order",
                    "the due date is before the receipt",
                    "ngày hẹn trả trước ngày tiếp nhận"));
        }
        CriminalRecordApplicant a = applicant;
        if (a == null) {
            p.add(problem("toKhai.nycHoTen", "Required", "the applicant is required", "Người yêu cầu là bắt buộc"));
        } else {
            required(p, "toKhai.nycHoTen", a.name(), "the applicant's name", "Họ tên người yêu cầu");
            if (a.birthDate() == null) {
                p.add(problem(
                        "toKhai.nycNgaySinh",
                        "Required",
                        "the applicant's date of birth is required",
                        "Ngày sinh người yêu cầu là bắt buộc"));
            }
            required(
                    p,
                    "toKhai.nycSoGiayTo",
                    a.idNumber(),
                    "the applicant's document number",
                    "Số giấy tờ người yêu cầu");
            if (a.email() != null && !EMAIL.matcher(a.email()).matches()) {
                p.add(problem("toKhai.nycEmail", "Email", "not an e-mail address", "không phải địa chỉ thư điện tử"));
            }
            if (a.birthDate() != null
                    && a.idIssuedOn() != null
                    && a.idIssuedOn().isBefore(a.birthDate())) {
                p.add(problem(
                        "toKhai.nycNgayCapGiayTo",
                        "Order",
                        "the document is dated before the birth",
                        "ngày cấp giấy tờ trước ngày sinh"));
            }
        }
        if (authorised
                && (authorisedPerson == null
                        || authorisedPerson.name() == null
                        || authorisedPerson.name().isBlank())) {
            p.add(problem(
                    "toKhai.thongTinUyQuyen.nuqHoTen",
                    "Required",
                    "an authorised application needs the authorised person's name",
                    "hồ sơ ủy quyền cần họ tên người được ủy quyền"));
        }
        for (int i = 0; i < residenceHistory.size(); i++) {
            ResidencePeriod r = residenceHistory.get(i);
            if (r.from() == null) {
                p.add(problem(
                        "toKhai.quaTrinhCTNNNLV[" + i + "].tuThangNam",
                        "Required",
                        "the start is required",
                        "thời điểm bắt đầu là bắt buộc"));
            } else if (r.to() != null && r.to().isBefore(r.from())) {
                p.add(problem(
                        "toKhai.quaTrinhCTNNNLV[" + i + "].denThangNam",
                        "Order",
                        "ends before it starts",
                        "kết thúc trước khi bắt đầu"));
            }
        }
        return p;
    }

    /** Throws {@link InvalidRegistrationException} naming every problem; returns this when valid. */
    public CriminalRecordApplication requireValid() {
        List<RegistrationProblem> p = problems();
        if (!p.isEmpty()) {
            throw new InvalidRegistrationException("criminal-record application (tờ khai LLTP)", p);
        }
        return this;
    }

    private static void required(List<RegistrationProblem> p, String field, String v, String en, String vi) {
        if (v == null || v.isBlank()) {
            p.add(problem(field, "Required", en + " is required", vi + " là bắt buộc"));
        }
    }

    private static RegistrationProblem problem(String field, String rule, String en, String vi) {
        return new RegistrationProblem(field, rule, en, vi);
    }

    @Override
    public String toString() {
        return "CriminalRecordApplication[" + localCode + ", source=" + source + ", type=" + certificateType
                + ", authorised=" + authorised + ", files=" + files.size() + "]";
    }
}
