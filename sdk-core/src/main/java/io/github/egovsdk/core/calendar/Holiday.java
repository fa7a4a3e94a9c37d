package io.github.egovsdk.core.calendar;

import java.time.LocalDate;

/**
 * A day off (ngày nghỉ) with its reason in English and Vietnamese.
 *
 * @param date     the day
 * @param reason   English, e.g. {@code Lunar New Year}
 * @param reasonVi Vietnamese, e.g. {@code Tết Nguyên đán}
 */
public record Holiday(LocalDate date, String reason, String reasonVi) {}
