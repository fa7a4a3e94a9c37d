package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.dvc.internal.Masks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The applicant (chủ hồ sơ) of a dossier. Personal data: {@link #toString()} shows initials and masked numbers only.
 *
 * @param name        {@code ChuHoSo} — full name (họ và tên) or business name
 * @param documentNo  {@code SoGiayToChuHoSo} — number of the applicant's identity document; may be null
 * @param type        {@code LoaiDoiTuong} — citizen or business
 * @param techId      {@code MaDoiTuong} — the applicant's DVCQG {@code TechID} (stable account id); may be null
 * @param email       {@code Email}; may be null
 * @param fax         {@code Fax}; may be null
 * @param phone       {@code SoDienThoai}; may be null
 * @param otherInfo   {@code ThongTinKhac}; may be null
 * @param identities  {@code DinhDanhCHS} — identity numbers (2025); empty when none
 */
public record Applicant(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 50) String documentNo,
        @NotNull ApplicantType type,
        @Size(max = 100) String techId,
        @Email String email,
        String fax,
        @Size(max = 20) String phone,
        String otherInfo,
        @NotNull List<@Valid @NotNull IdentityDocument> identities) {

    public Applicant {
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    /** A citizen known by name and 12-digit personal ID (also sent as {@code DinhDanhCHS}). */
    public static Applicant citizen(String name, String personalId) {
        return new Applicant(
                name,
                personalId,
                ApplicantType.CITIZEN,
                null,
                null,
                null,
                null,
                null,
                personalId == null ? List.of() : List.of(IdentityDocument.personalId(personalId)));
    }

    /** The same applicant with a DVCQG {@code TechID}. */
    public Applicant withTechId(String techId) {
        return new Applicant(name, documentNo, type, techId, email, fax, phone, otherInfo, identities);
    }

    /** The same applicant with contacts. */
    public Applicant withContacts(String email, String phone) {
        return new Applicant(name, documentNo, type, techId, email, fax, phone, otherInfo, identities);
    }

    @Override
    public String toString() {
        return "Applicant[name=" + Masks.name(name) + ", documentNo=" + Masks.id(documentNo) + ", type=" + type
                + ", techId=" + techId + ", email=" + Masks.present(email) + ", phone=" + Masks.present(phone)
                + ", identities=" + identities + "]";
    }
}
