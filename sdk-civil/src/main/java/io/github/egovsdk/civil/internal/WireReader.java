package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads fields of one JSON object, recording (by field name, never value) what is in no accepted format. */
record WireReader(JsonNode node, String prefix, List<RegistrationProblem> problems) {
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{4})|(\\d{4})-(\\d{1,2})");

    String text(String f) {
        return CivilJson.text(node, f);
    }

    LocalDate date(String f) {
        try {
            return CivilDates.date(text(f));
        } catch (DateTimeParseException e) {
            problems.add(new RegistrationProblem(
                    prefix + f,
                    "DateFormat",
                    "not a date (accepted: dd/MM/yyyy, dd.MM.yyyy, yyyyMMdd, yyyy-MM-dd)",
                    "không phải ngày hợp lệ (dd/MM/yyyy, dd.MM.yyyy, yyyyMMdd, yyyy-MM-dd)"));
            return null;
        }
    }

    Integer number(String f) {
        String v = text(f);
        if (v == null) {
            return null;
        }
        if (!v.matches("-?[0-9]{1,4}")) {
            problems.add(new RegistrationProblem(prefix + f, "Number", "not a whole number", "không phải số nguyên"));
            return null;
        }
        return Integer.valueOf(v);
    }

    Long amount(String f) {
        String v = text(f);
        if (v == null) {
            return null;
        }
        String digits = v.replace(".", "").replace(",", "").replace(" ", "");
        if (!digits.matches("[0-9]{1,15}")) {
            problems.add(
                    new RegistrationProblem(prefix + f, "Amount", "not an amount in VND", "không phải số tiền (VND)"));
            return null;
        }
        return Long.valueOf(digits);
    }

    YearMonth month(String f) {
        String v = text(f);
        if (v == null) {
            return null;
        }
        Matcher m = MONTH.matcher(v);
        try {
            if (m.matches()) {
                return m.group(1) != null
                        ? YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        : YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            }
            LocalDate d = CivilDates.date(v);
            return YearMonth.from(d);
        } catch (DateTimeException e) {
            problems.add(new RegistrationProblem(
                    prefix + f,
                    "MonthFormat",
                    "not a month (accepted: MM/yyyy, yyyy-MM, dd/MM/yyyy)",
                    "không phải tháng năm hợp lệ (MM/yyyy, yyyy-MM, dd/MM/yyyy)"));
            return null;
        }
    }
}
