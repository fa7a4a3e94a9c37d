package io.github.egovsdk.civil.criminal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The LLTP system's state of an application ({@code value[]}: {@code maHoSoMCDT}, {@code trangThaiXuLy},
 * {@code ketQuaXuLy}); in states 9/10 the certificate: number ({@code soPhieuLLTP}), issue date, type, signer,
 * record status ({@code tinhTrangAnTich} and its name) and the PDF ({@code phieuLLTP}, base64). The issuer a
 * production system records is "Sở Tư pháp".
 */
public record CriminalRecordResult(String localCode, String stateCode, Optional<CriminalRecordState> state,
        String certificateNumber, LocalDate issuedOn, String certificateType, String signer, String recordStatus,
        String recordStatusName, byte[] pdf) {

    public CriminalRecordResult {
        pdf = pdf == null ? new byte[0] : pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public String toString() {
        return "CriminalRecordResult[" + localCode + ", state=" + stateCode + ", pdf=" + pdf.length + " bytes]";
    }
}
