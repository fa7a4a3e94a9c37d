package io.github.egovsdk.cli;

import java.util.List;
import java.util.Locale;

/**
 * The language of the CLI's messages ({@code --lang vi|en}, default Vietnamese — ngôn ngữ thông báo). Every command
 * gets the option from {@link CommandDefaults}; the value is set at parse time, before the command runs, so errors
 * reported by {@link CliErrors} honour it too.
 */
enum CliLang {
    VI,
    EN;

    static final List<String> CODES = List.of("vi", "en");

    private static volatile CliLang current = VI;

    static CliLang current() {
        return current;
    }

    static void set(CliLang lang) {
        current = lang;
    }

    /** Picks the text in the current language. */
    static String t(String vi, String en) {
        return current == EN ? en : vi;
    }

    static CliLang parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "vi" -> VI;
            case "en" -> EN;
            default ->
                throw new UserError(
                        "USAGE",
                        EgovCli.USAGE,
                        "--lang must be vi or en, not '" + code + "'",
                        "--lang phải là vi hoặc en, không phải '" + code + "'");
        };
    }

    /** The language asked for in raw arguments (used when parsing itself failed); the default when absent/unknown. */
    static CliLang fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v = a.startsWith("--lang=")
                    ? a.substring(7)
                    : a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if ("en".equalsIgnoreCase(v)) {
                return EN;
            }
            if ("vi".equalsIgnoreCase(v)) {
                return VI;
            }
        }
        return VI;
    }
}
