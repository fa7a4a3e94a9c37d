package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.registration.RegistrationProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code hoTich} fields being mapped, with every problem found on the way (field named, value never kept). */
final class Fields {
    private final Map<String, String> values;
    private final int maxChars;
    final List<RegistrationProblem> problems = new ArrayList<>();

    Fields(Map<String, String> values, int maxChars) {
        this.values = values;
        this.maxChars = maxChars;
    }

    String text(String name) {
        String v = values.get(name);
        if (v != null && v.length() > maxChars) {
            problems.add(new RegistrationProblem(
                    "hoTich." + name,
                    "Length",
                    "longer than " + maxChars + " characters",
                    "dài quá " + maxChars + " ký tự"));
            return v.substring(0, maxChars);
        }
        return v;
    }

    String required(String name, String en, String vi) {
        String v = text(name);
        if (v == null) {
            problems.add(
                    new RegistrationProblem("hoTich." + name, "Required", en + " is required", vi + " là bắt buộc"));
        }
        return v;
    }

    LocalDate date(String name) {
        String v = text(name);
        try {
            return CivilDates.date(v);
        } catch (DateTimeParseException e) {
            problems.add(new RegistrationProblem(
                    "hoTich." + name,
                    "DateFormat",
                    "not a date (accepted: dd.MM.yyyy, dd/MM/yyyy, yyyyMMdd, yyyy-MM-dd)",
                    "không phải ngày hợp lệ (dd.MM.yyyy, dd/MM/yyyy, yyyyMMdd, yyyy-MM-dd)"));
            return null;
        }
    }

    LocalDate requiredDate(String name, String en, String vi) {
        if (text(name) == null) {
            required(name, en, vi);
            return null;
        }
        return date(name);
    }

    Integer count(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > 100) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new RegistrationProblem(
                    "hoTich." + name,
                    "Number",
                    "not a number of copies (0–100)",
                    "không phải số bản sao hợp lệ (0–100)"));
            return null;
        }
    }
}
