package io.github.egovsdk.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Cold start: picocli builds the model of every command by reflection before it parses anything. When the first
 * argument names a command, only that command's model is built (the list is {@link EgovCli}'s own
 * {@code subcommands}, so a command added there is found here too); anything else (no command, an option first,
 * {@code completion}, which lists every command) gets the whole tree.
 */
final class LazyCommandLine {
    private LazyCommandLine() {}

    static CommandLine forArgs(String[] args, PrintWriter out, PrintWriter err) {
        String first = args.length > 0 ? args[0] : "";
        if (first.startsWith("-") || first.isEmpty() || first.equals("completion")) {
            return EgovCli.commandLine(out, err);
        }
        for (Class<?> c : EgovCli.class.getAnnotation(Command.class).subcommands()) {
            Command cmd = c.getAnnotation(Command.class);
            if (cmd != null
                    && (cmd.name().equals(first) || Arrays.asList(cmd.aliases()).contains(first))) {
                CommandSpec root = CommandSpec.wrapWithoutInspection(new EgovCli())
                        .name("egov")
                        .mixinStandardHelpOptions(true)
                        .versionProvider(new VersionProvider());
                CommandLine cl = new CommandLine(root);
                cl.addSubcommand(cmd.name(), c);
                return EgovCli.configure(cl, out, err);
            }
        }
        return EgovCli.commandLine(out, err);
    }
}
