package io.github.egovsdk.dvc.dossier;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;

/**
 * A result document of the dossier ({@code DanhSachGiayToKetQua}, giấy tờ kết quả).
 *
 * @param name          {@code TenGiayTo}
 * @param componentCode {@code MaThanhPhanHoSo}; may be null
 * @param documentId    {@code GiayToId}; may be null
 * @param url           {@code DuongDanTepTinKetQua} — a URL the portal can download the file from; may be null
 * @param resultCode    {@code MaGiayToKetQua}; may be null
 */
public record ResultDocument(
        @NotBlank String name, String componentCode, String documentId, URI url, String resultCode) {}
