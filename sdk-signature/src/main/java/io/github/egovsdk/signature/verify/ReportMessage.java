package io.github.egovsdk.signature.verify;

/**
 * One finding of a validation, in English and Vietnamese.
 *
 * @param code     stable code, e.g. {@code BYTE_RANGE_OUT_OF_FILE}
 * @param severity ERROR, WARNING or INFO
 * @param en       English text
 * @param vi       Vietnamese text
 */
public record ReportMessage(String code, Severity severity, String en, String vi) {
    /** How serious a finding is. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public static ReportMessage error(String code, String en, String vi) {
        return new ReportMessage(code, Severity.ERROR, en, vi);
    }

    public static ReportMessage warning(String code, String en, String vi) {
        return new ReportMessage(code, Severity.WARNING, en, vi);
    }

    public static ReportMessage info(String code, String en, String vi) {
        return new ReportMessage(code, Severity.INFO, en, vi);
    }
}
