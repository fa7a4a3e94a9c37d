package io.github.egovsdk.core.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for the UTC+7 meridian after Hồ Ngọc Đức's
 * published algorithm ("Âm lịch Việt Nam", https://www.informatik.uni-leipzig.de/~duc/amlich/): a month starts on the
 * day containing the new moon, the month containing the winter solstice is month 11, and a year with 13 months
 * inserts a leap month after the first month without a major solar term.
 *
 * <p>Why not a Chinese-calendar library: those compute for UTC+8, and a new moon near midnight then falls on another
 * day — Tết 1985 was 21 January in Vietnam but 20 February in China.
 */
public final class VietnameseLunarCalendar {
    private static final double TIME_ZONE = 7.0;
    private static final long EPOCH_JDN = 2440588; // Julian day number of 1970-01-01

    private VietnameseLunarCalendar() {}

    /** The solar date of a lunar date (non-leap month). */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay) {
        return toSolar(lunarYear, lunarMonth, lunarDay, false);
    }

    /** The solar date of a lunar date; {@code leapMonth} selects the leap month of that number, if the year has one. */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("Invalid lunar date " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
        }
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leap = leapOff - 2;
            if (leap < 0) {
                leap += 12;
            }
            if (leapMonth && lunarMonth != leap) {
                throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
            } else if (leapMonth || off >= leapOff) {
                off += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + off);
        return fromJdn(monthStart + lunarDay - 1);
    }

    /** Lunar New Year's Day (mùng 1 Tết) of the lunar year that starts in solar {@code year}. */
    public static LocalDate lunarNewYear(int year) {
        return toSolar(year, 1, 1);
    }

    static long toJdn(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    static LocalDate fromJdn(long jdn) {
        return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
    }

    /** Day (JDN) of the k-th new moon after 1900-01-01, at UTC+7. */
    static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Julian date of the k-th new moon (Meeus, Astronomical Algorithms, as simplified by Hồ Ngọc Đức). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** Sector (0–11, 30° each) of the sun's longitude at the start of day {@code jdn}, at UTC+7. */
    static int sunLongitudeSector(long jdn) {
        return (int) Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    private static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** JDN of the first day of lunar month 11 (the month with the winter solstice) of solar year {@code year}. */
    private static long lunarMonth11(int year) {
        long off = toJdn(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / 29.530588853);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
