package io.github.egovsdk.dvc.evaluation;

import io.github.egovsdk.core.validation.Validation;
import io.github.egovsdk.dvc.internal.Masks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One evaluation of a dossier (đánh giá hài lòng), in the shape one provincial system stores
 * ({@code MaHoSo, LoaiDanhGia, NguoiDanhGia, NoiDungDanhGia, ThoiGianDanhGia, DanhGia}). <b>Experimental</b>: the
 * shape is observed in one implementation, not specified by the portal. {@link #toString()} masks the evaluator.
 *
 * @param dossierCode  {@code MaHoSo}
 * @param kind         {@code LoaiDanhGia} — what is evaluated (e.g. the officer, the agency), as the system codes it
 * @param evaluator    {@code NguoiDanhGia} — personal data; may be null (anonymous)
 * @param comment      {@code NoiDungDanhGia}; may be null
 * @param evaluatedAt  {@code ThoiGianDanhGia}, Vietnam local time
 * @param level        {@code DanhGia}
 */
public record Evaluation(
        @NotBlank String dossierCode,
        @NotBlank String kind,
        String evaluator,
        @Size(max = 2000) String comment,
        @NotNull LocalDateTime evaluatedAt,
        @NotNull SatisfactionLevel level) {

    /** A validated evaluation; throws {@link io.github.egovsdk.core.ValidationException} naming every broken field. */
    public static Evaluation of(
            String dossierCode,
            String kind,
            String evaluator,
            String comment,
            LocalDateTime evaluatedAt,
            SatisfactionLevel level) {
        return Validation.validate(
                new Evaluation(dossierCode, kind, evaluator, comment, evaluatedAt, level),
                "evaluation of " + dossierCode);
    }

    @Override
    public String toString() {
        return "Evaluation[dossierCode=" + dossierCode + ", kind=" + kind + ", evaluator=" + Masks.name(evaluator)
                + ", evaluatedAt=" + evaluatedAt + ", level=" + (level == null ? null : level.code()) + "]";
    }
}
