package io.github.egovsdk.cli;

import picocli.CommandLine.Option;

/**
 * The output options every command shares (picocli mixin): {@code --json} for one JSON document on stdout, and
 * {@code --verbose} for stack traces on errors (read by {@link ErrorHandler} from the arguments).
 */
final class OutputOptions {
    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;
}
