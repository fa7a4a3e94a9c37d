package io.github.egovsdk.cli;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures stdout, stderr and the exit code. */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                EgovCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    JsonNode json() {
        return Json.mapper().readTree(out);
    }
}
