package io.github.egovsdk.civil.criminal;

import java.time.LocalDate;
import java.util.List;

/**
 * A criminal-record certificate application (hồ sơ cấp phiếu lý lịch tư pháp) as the one-stop system forwards it to
 * the Justice ministry's LLTP system: province, local dossier code, source ({@code nguonDangKy}: {@code "1"} online
 * through the provincial portal, {@code "3"} at the counter or by post; VNeID sends its own integer), dates
 * ({@code dd/MM/yyyy} on the wire), certificate type ({@code loaiPhieu}), whether court bans are asked for
 * ({@code yeuCauCDNCV}), purpose, copies, the applicant, whether by an authorised person ({@code uyQuyen}), files.
 */
public record CriminalRecordApplication(String provinceCode, String provinceName, String localCode, String source,
        String sourceName, LocalDate receivedOn, LocalDate dueOn, String certificateType, boolean courtBans,
        String purposeCode, String purpose, Integer copies, CriminalRecordApplicant applicant, boolean authorised,
        List<CriminalRecordFile> files) {

    public CriminalRecordApplication {
        files = List.copyOf(files);
    }

    @Override
    public String toString() {
        return "CriminalRecordApplication[" + localCode + ", source=" + source + ", files=" + files.size() + "]";
    }
}
