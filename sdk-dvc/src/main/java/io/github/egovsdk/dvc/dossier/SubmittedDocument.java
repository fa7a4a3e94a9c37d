package io.github.egovsdk.dvc.dossier;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;

/**
 * A document submitted with the dossier ({@code TaiLieuNop}, tài liệu nộp).
 *
 * @param fileId                 {@code TepDinhKemId}
 * @param fileName               {@code TenTepDinhKem}
 * @param deleted                {@code IsDeleted}
 * @param componentCode          {@code MaThanhPhanHoSo} — the dossier component (thành phần hồ sơ) it fulfils
 * @param downloadUrl            {@code DuongDanTaiTepTin} — a URL the portal can download the file from
 * @param digitised              {@code DuocSoHoa} — digitised at the one-stop desk
 * @param reused                 {@code DuocTaiSuDung} — reused from an earlier dossier
 * @param fromNationalRepository {@code DuocLayTuKhoDMQG} — taken from the national data repository
 * @param replacedByResultCode   {@code MaKetQuaThayThe} — code of the result that replaces it; may be null
 */
public record SubmittedDocument(
        @NotBlank String fileId,
        @NotBlank String fileName,
        boolean deleted,
        String componentCode,
        URI downloadUrl,
        boolean digitised,
        boolean reused,
        boolean fromNationalRepository,
        String replacedByResultCode) {

    /** A file the portal downloads from {@code url}. */
    public static SubmittedDocument of(String fileId, String fileName, String componentCode, URI url) {
        return new SubmittedDocument(fileId, fileName, false, componentCode, url, false, false, false, null);
    }
}
