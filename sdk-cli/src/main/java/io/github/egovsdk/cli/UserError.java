package io.github.egovsdk.cli;

/**
 * An error the CLI explains to its user in both languages (lỗi có thông báo song ngữ): a stable {@code code} for
 * scripts, the exit code of the contract, and the English and Vietnamese text. Thrown by commands and built by
 * {@link CliErrors} from any other exception.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int exitCode;
    private final String en;
    private final String vi;

    UserError(String code, int exitCode, String en, String vi) {
        this(code, exitCode, en, vi, null);
    }

    UserError(String code, int exitCode, String en, String vi, Throwable cause) {
        super(en, cause);
        this.code = code;
        this.exitCode = exitCode;
        this.en = en;
        this.vi = vi;
    }

    static UserError usage(String en, String vi) {
        return new UserError("USAGE", EgovCli.USAGE, en, vi);
    }

    String code() {
        return code;
    }

    int exitCode() {
        return exitCode;
    }

    String en() {
        return en;
    }

    String vi() {
        return vi;
    }

    /** The message in the current {@link CliLang}. */
    String text() {
        return CliLang.t(vi, en);
    }
}
