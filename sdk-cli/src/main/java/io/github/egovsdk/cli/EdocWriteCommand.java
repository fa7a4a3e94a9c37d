package io.github.egovsdk.cli;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** What {@code edoc build} and {@code edoc status} share: the OUTPUT file, the output options and how they report. */
abstract class EdocWriteCommand {
    @Parameters(index = "0", paramLabel = "OUTPUT", description = "The edXML file to write.")
    Path output;

    @CommandLine.Mixin
    OutputOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A usage error (exit 2) with {@code message} on stderr. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A document reference option; malformed, it is a usage error (exit 2) like any unparsable option value. */
    ResponseFor reference(String text) {
        try {
            return ResponseFor.parse(text);
        } catch (ValidationException e) {
            throw usage(e.getMessage());
        }
    }

    /** Exit 1 with every violated field (JSON {@code violations} or one line each). */
    int violations(ValidationException e) {
        PrintWriter stdout = spec.commandLine().getOut();
        ObjectNode out = Json.object().put("valid", false);
        ArrayNode v = out.putArray("violations");
        e.violations().forEach(x -> v.addObject()
                .put("field", x.propertyPath())
                .put("rule", x.rule())
                .put("message", x.message()));
        if (options.json) {
            Json.print(stdout, out);
        } else {
            e.violations().forEach(x -> stdout.println("✗ " + x));
            stdout.flush();
        }
        return EgovCli.CHECK_FAILED;
    }

    /** Exit 0: the JSON result with {@code --json}, else one human line. */
    int written(ObjectNode json, String line) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (options.json) {
            Json.print(stdout, json);
        } else {
            stdout.println(line);
            stdout.flush();
        }
        return EgovCli.OK;
    }
}
