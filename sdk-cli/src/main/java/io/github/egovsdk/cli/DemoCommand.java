package io.github.egovsdk.cli;

import io.github.egovsdk.cli.demo.DemoRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code egov demo}: the whole flow on an embedded sandbox, step by step, in Vietnamese and English. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the SDK end to end on an embedded sandbox and prints each step.")
final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Where the demo writes its files (default ./egov-output).")
    Path output = Path.of("egov-output");

    @Option(names = "--verbose", description = "Print every request and response.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean ok = new DemoRun(output, spec.commandLine().getOut()).run();
        return ok ? EgovCli.OK : EgovCli.CHECK_FAILED;
    }
}
