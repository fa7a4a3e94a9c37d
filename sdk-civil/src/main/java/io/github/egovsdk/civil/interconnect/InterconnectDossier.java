package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.registration.CivilRegistration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An interconnected dossier (hồ sơ liên thông) as the DVCLT software hands it to the province, decoded from its
 * detail call: where and what ({@code maDonVi}, {@code maTTHC}, {@code module}), the interconnect code (mã hồ sơ LT,
 * {@code maHoSo}), the receipt time, the applicant's portal account id ({@code techId}), the typed registration and
 * the attachments (cancelled ones included, flagged).
 *
 * @param unitCode          mã đơn vị of the receiving authority (3 digits = district level, else commune)
 * @param procedureCode     the DVCLT procedure code ({@code maTTHC}, e.g. {@code 2.000986}); echoed in status pushes
 * @param module            birth or death
 * @param interconnectCode  mã hồ sơ LT
 * @param receivedAtText    {@code ngayTiepNhan} exactly as sent (its format is not published)
 * @param receivedAt        the same parsed, when it is in one of the accepted formats; else null
 * @param techId            the applicant's DVCQG technical id; may be null
 * @param dvcltId           the DVCLT internal id used in the detail path; may be null when decoded from a file
 * @param registration      the decoded declaration
 * @param attachments       every attachment
 */
public record InterconnectDossier(
        String unitCode,
        String procedureCode,
        CivilModule module,
        String interconnectCode,
        String receivedAtText,
        LocalDateTime receivedAt,
        String techId,
        String dvcltId,
        CivilRegistration registration,
        List<Attachment> attachments) {

    public InterconnectDossier {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(registration, "registration");
        attachments = List.copyOf(attachments);
    }

    /** The attachments to forward: those not cancelled ({@code huyGiayTo == 0}). */
    public List<Attachment> activeAttachments() {
        return attachments.stream().filter(a -> !a.cancelled()).toList();
    }

    /** District level (cấp huyện) when the unit code has 3 digits, else commune (cấp xã). */
    public boolean districtLevel() {
        return unitCode != null && unitCode.strip().length() == 3;
    }

    /** The same dossier with the DVCLT internal id set. */
    public InterconnectDossier withDvcltId(String id) {
        return new InterconnectDossier(
                unitCode,
                procedureCode,
                module,
                interconnectCode,
                receivedAtText,
                receivedAt,
                techId,
                id,
                registration,
                attachments);
    }

    @Override
    public String toString() {
        return "InterconnectDossier[" + module + " " + interconnectCode + ", unit=" + unitCode + ", procedure="
                + procedureCode + ", attachments=" + attachments.size() + "]";
    }
}
