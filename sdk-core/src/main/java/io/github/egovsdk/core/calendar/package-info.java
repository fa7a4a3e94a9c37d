/**
 * Working time of Vietnamese state agencies (giờ hành chính): {@link io.github.egovsdk.core.calendar.WorkingCalendar}
 * computes appointment dates (ngày hẹn trả, {@link io.github.egovsdk.core.calendar.DueDate}) in working days or hours,
 * with the statutory holidays of the Labour Code 2019 ({@link io.github.egovsdk.core.calendar.StatutoryHolidays},
 * including Tết from the lunar calendar — {@link io.github.egovsdk.core.calendar.VietnameseLunarCalendar}).
 */
package io.github.egovsdk.core.calendar;
