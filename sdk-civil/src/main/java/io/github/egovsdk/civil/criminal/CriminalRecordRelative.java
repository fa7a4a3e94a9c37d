package io.github.egovsdk.civil.criminal;

import java.time.LocalDate;

/**
 * A relative named in the declaration (cha — father, mẹ — mother, vợ/chồng — spouse): name ({@code nycHoTenCha},
 * {@code nycHoTenMe}, {@code nycHoTenVoChong}), date of birth ({@code chaNgaySinh}… towards the LLTP system) or only
 * the year (VNeID sends {@code chaNamSinh}, {@code meNamSinh}, {@code voChongNamSinh} as integers), identity document
 * type and number ({@code chaLoaiGiayTo}, {@code chaSoGiayTo}…). {@link #toString()} shows no personal data.
 *
 * @param birthDate full date of birth when known; when only {@code birthYear} is, the year is sent as the date's text
 *                  (the LLTP system's format for it is not published)
 */
public record CriminalRecordRelative(
        String name, LocalDate birthDate, Integer birthYear, String idType, String idNumber) {

    /** Nobody declared. */
    public static final CriminalRecordRelative NONE = new CriminalRecordRelative(null, null, null, null, null);

    public boolean isEmpty() {
        return name == null && birthDate == null && birthYear == null && idType == null && idNumber == null;
    }

    /** The year of birth, from the date when only it is known. */
    public Integer year() {
        return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
    }

    @Override
    public String toString() {
        return "CriminalRecordRelative[declared=" + !isEmpty() + "]";
    }
}
