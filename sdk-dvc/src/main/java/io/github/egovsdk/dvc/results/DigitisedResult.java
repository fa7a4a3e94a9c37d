package io.github.egovsdk.dvc.results;

import java.util.List;

/**
 * A result document in the portal's results store (kho số hóa, {@code DanhSachGiayToKetQua[]}): result-type code
 * ({@code MaKetQua}, e.g. {@code KQ.G15.000031} birth certificate), name, number/symbol, the owning agency (needed to
 * fetch the files) and its files ({@code TenTep}, {@code DuongDan}).
 */
public record DigitisedResult(String resultCode, String name, String number, String agency, List<StoredFile> files) {
    public DigitisedResult {
        files = List.copyOf(files);
    }

    /** A stored file: name and store path. */
    public record StoredFile(String name, String path) {}
}
