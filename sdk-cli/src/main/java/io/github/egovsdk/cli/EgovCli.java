package io.github.egovsdk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code egov} command (its commands, options, JSON fields and exit codes are a contract for scripts). Exit codes:
 * 0 success, 1 the input fails the check, 2 usage error or unreadable/unsafe input. With {@code --json} stdout holds
 * exactly one JSON document.
 */
@Command(
        name = "egov",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "EGov SDK for Java (Vietnam): verify, sign, edoc, id, calendar, sandbox, demo.",
        subcommands = {
            VerifyCommand.class,
            SignCommand.class,
            EdocCommand.class,
            IdCommand.class,
            CalendarCommand.class,
            SandboxCommand.class,
            DemoCommand.class,
            HealthCommand.class,
            CivilCommand.class,
            CompletionCommand.class
        })
public final class EgovCli implements Runnable {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the contract's exit codes and error handling. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new EgovCli()), out, err);
    }

    /** The contract's exit codes, handlers and defaults, on a command line holding all or some of the commands. */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        CommandDefaults.apply(cl);
        cl.setExecutionStrategy(EgovCli::execute);
        return cl;
    }

    /** Sets the language, answers a group called without a subcommand, then runs the command. */
    private static int execute(CommandLine.ParseResult parsed) {
        CommandLine last = CommandDefaults.last(parsed);
        try {
            CliLang.set(CommandDefaults.lang(parsed));
        } catch (UserError e) {
            return CliErrors.report(e, last.getOut(), last.getErr(), parsed.expandedArgs(), null);
        }
        Object cmd = last.getCommand();
        boolean helpAsked = parsed.asCommandLineList().stream()
                .anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested());
        if (!helpAsked
                && !(cmd instanceof Runnable)
                && !(cmd instanceof Callable)
                && !last.getSubcommands().isEmpty()) {
            String names = String.join(", ", last.getSubcommands().keySet());
            String name = last.getCommandSpec().qualifiedName();
            int code = CliErrors.report(
                    UserError.usage(name + " needs a command: " + names, name + " cần một lệnh con: " + names),
                    last.getOut(),
                    last.getErr(),
                    parsed.expandedArgs(),
                    null);
            last.usage(last.getErr());
            return code;
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging: send it to SLF4J (quiet by default) rather than JUL.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = LazyCommandLine.forArgs(args, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
