package io.github.egovsdk.civil.criminal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The LLTP system's state of an application ({@code value[]}: {@code maHoSoMCDT}, {@code trangThaiXuLy},
 * {@code ketQuaXuLy}) and, in states 9/10, the certificate (phiếu lý lịch tư pháp) with every field of
 * {@code ketQuaXuLy}: number ({@code soPhieuLLTP}), issue date ({@code ngayCapPhieu}, {@code dd/MM/yyyy}), type
 * ({@code loaiPhieu}), who prepared and signed it and the signer's title ({@code nguoiLapPhieu}, {@code nguoiKy},
 * {@code chucVu}), the record status ({@code tinhTrangAnTich} and its name), the court-ban statement
 * ({@code thongTinCDNCV} and its name), the sentences ({@code thongTinAn[]}), the court bans ({@code dsCDNCV[]}),
 * the PDF ({@code phieuLLTP}, base64) and, when the certificate is withdrawn ({@code type "thuhoi"}), the decision
 * ({@code quyetDinhThuHoi}, base64). The issuer a production system records is "Sở Tư pháp".
 */
public record CriminalRecordResult(
        String localCode,
        String stateCode,
        Optional<CriminalRecordState> state,
        String certificateNumber,
        LocalDate issuedOn,
        String certificateType,
        String preparedBy,
        String signer,
        String signerTitle,
        String recordStatus,
        String recordStatusName,
        String courtBanInfo,
        String courtBanInfoName,
        List<CriminalSentence> sentences,
        List<CourtBan> courtBans,
        byte[] pdf,
        byte[] withdrawalDecision) {

    public CriminalRecordResult {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        courtBans = courtBans == null ? List.of() : List.copyOf(courtBans);
        pdf = pdf == null ? new byte[0] : pdf.clone();
        withdrawalDecision = withdrawalDecision == null ? new byte[0] : withdrawalDecision.clone();
    }

    /** A certificate with no sentence and no ban ("không có án tích"), for a status push. */
    public static CriminalRecordResult clean(
            String localCode,
            CriminalRecordState state,
            String number,
            LocalDate issuedOn,
            String certificateType,
            String signer,
            byte[] pdf) {
        return new CriminalRecordResult(
                localCode,
                String.valueOf(state.code()),
                Optional.of(state),
                number,
                issuedOn,
                certificateType,
                null,
                signer,
                null,
                "0",
                "Không có án tích",
                null,
                null,
                List.of(),
                List.of(),
                pdf,
                null);
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public byte[] withdrawalDecision() {
        return withdrawalDecision.clone();
    }

    @Override
    public String toString() {
        return "CriminalRecordResult[" + localCode + ", state=" + stateCode + ", sentences=" + sentences.size()
                + ", pdf=" + pdf.length + " bytes]";
    }
}
