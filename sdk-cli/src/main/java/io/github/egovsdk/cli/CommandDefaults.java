package io.github.egovsdk.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every {@code egov} command and group gets without code of its own — including commands added later:
 * {@code --help}/{@code --version}, {@code --lang vi|en}, option defaults and the exit codes in the help, and
 * date converters whose errors say what is wrong ({@link Dates}). Applied once to the whole tree by
 * {@link EgovCli#commandLine}.
 */
final class CommandDefaults {
    static final String LANG = "--lang";

    private CommandDefaults() {}

    static void apply(CommandLine root) {
        root.registerConverter(LocalDate.class, Dates::date);
        root.registerConverter(LocalDateTime.class, Dates::dateTime);
        walk(root);
    }

    private static void walk(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        if (!spec.mixinStandardHelpOptions()) {
            spec.mixinStandardHelpOptions(true);
        }
        if (spec.findOption(LANG) == null) {
            spec.addOption(OptionSpec.builder(LANG)
                    .paramLabel("vi|en")
                    .type(String.class)
                    .defaultValue("vi")
                    .completionCandidates(CliLang.CODES)
                    .description("Language of messages and errors: vi (tiếng Việt) or en (English).")
                    .converters(v -> {
                        CliLang.parse(v);
                        return v;
                    })
                    .build());
        }
        CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
        usage.showDefaultValues(true);
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes());
        }
        cl.getSubcommands().values().forEach(CommandDefaults::walk);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "Success (verify: every signature is TOTAL_PASSED).");
        m.put("1", "The input was read but fails the check (invalid signature, invalid ID number, ...).");
        m.put("2", "Usage error, missing/unreadable/malformed input, or input refused for safety (DTD, size).");
        return m;
    }

    /**
     * The language asked for on the command line: the last {@code --lang} given on any command of the chain (checked
     * here too, for commands that declare their own {@code --lang}); Vietnamese when none.
     */
    static CliLang lang(CommandLine.ParseResult parsed) {
        CliLang lang = CliLang.VI;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption(LANG)) {
                lang = CliLang.parse(String.valueOf(p.matchedOptionValue(LANG, "vi")));
            }
        }
        return lang;
    }

    /** The innermost command parsed. */
    static CommandLine last(CommandLine.ParseResult parsed) {
        List<CommandLine> chain = parsed.asCommandLineList();
        return chain.get(chain.size() - 1);
    }
}
