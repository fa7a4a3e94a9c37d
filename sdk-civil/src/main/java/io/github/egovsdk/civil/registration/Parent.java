package io.github.egovsdk.civil.registration;

import java.time.LocalDate;

/**
 * The mother (mẹ) or father (cha) of a child in a birth registration ({@code me*} / {@code cha*} fields).
 * Codes (ethnicity, nationality, residence type, verification flag) are kept as sent: their code lists are
 * unpublished. {@link #toString()} shows no personal data.
 *
 * @param name              full name (họ tên)
 * @param birthDate         date of birth (ngày sinh); the format is not published — {@code dd.MM.yyyy},
 *                          {@code dd/MM/yyyy}, {@code yyyyMMdd} and {@code yyyy-MM-dd} are all accepted
 * @param ethnicity         ethnicity code (dân tộc)
 * @param ethnicityOther    other ethnicity in words (dân tộc khác)
 * @param nationality       nationality code (quốc tịch)
 * @param nationalityOther  other nationality (quốc tịch khác)
 * @param residenceType     residence type code (loại cư trú)
 * @param residence         residence address text (nơi cư trú)
 * @param document          identity document (giấy tờ tùy thân)
 * @param verified          "checked against the population database" flag (xác thực thông tin), as sent
 */
public record Parent(
        String name,
        LocalDate birthDate,
        String ethnicity,
        String ethnicityOther,
        String nationality,
        String nationalityOther,
        String residenceType,
        String residence,
        IdentityDocument document,
        String verified) {

    /** Whether nothing at all was declared for this parent (e.g. the father of a child born out of wedlock). */
    public boolean isEmpty() {
        return name == null
                && birthDate == null
                && ethnicity == null
                && nationality == null
                && residence == null
                && (document == null || document.isEmpty());
    }

    @Override
    public String toString() {
        return "Parent[declared=" + !isEmpty() + ", document=" + document + "]";
    }
}
