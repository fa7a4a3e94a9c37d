package io.github.egovsdk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code egov id qr} and {@code egov id mrz}: their parsers live in sdk-vneid, which is not in this build. They are
 * declared (so scripts get the contract's usage and exit code 2 with a clear reason instead of "unknown command")
 * and refuse honestly: nothing is parsed here, because the CLI holds no logic of its own.
 */
final class IdCardCommands {
    static final String NOT_IN_BUILD = "Card parsing (QR, MRZ) comes with the sdk-vneid module, which is not in this"
            + " build / Chức năng đọc thẻ (QR, MRZ) thuộc mô-đun sdk-vneid, chưa có trong bản này";

    private IdCardCommands() {
    }

    private static int refuse(picocli.CommandLine.Model.CommandSpec spec, boolean json) {
        if (json) {
            Json.print(spec.commandLine().getOut(), Json.object().put("valid", false)
                    .put("error", "NOT_IN_THIS_BUILD").put("message", NOT_IN_BUILD));
        }
        spec.commandLine().getErr().println(NOT_IN_BUILD);
        spec.commandLine().getErr().flush();
        return EgovCli.USAGE;
    }

    /** {@code egov id qr TEXT [--json]}. */
    @Command(name = "qr", mixinStandardHelpOptions = true,
            description = "Parses the QR string printed on a CCCD card (needs sdk-vneid).")
    static final class Qr implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TEXT")
        String text;

        @Option(names = "--json", description = "One JSON document on stdout.")
        boolean json;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return refuse(spec, json);
        }
    }

    /** {@code egov id mrz LINE1 LINE2 LINE3 [--json]}. */
    @Command(name = "mrz", mixinStandardHelpOptions = true,
            description = "Parses the TD1 machine-readable zone of a CCCD card (needs sdk-vneid).")
    static final class Mrz implements Callable<Integer> {
        @Parameters(arity = "3", paramLabel = "LINE")
        List<String> lines;

        @Option(names = "--json", description = "One JSON document on stdout.")
        boolean json;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return refuse(spec, json);
        }
    }
}
