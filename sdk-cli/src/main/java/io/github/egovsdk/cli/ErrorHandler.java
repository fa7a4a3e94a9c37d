package io.github.egovsdk.cli;

import picocli.CommandLine;

/**
 * Turns exceptions into the contract's exit codes through {@link CliErrors}: bad or unsafe input (an
 * {@code EgovClientException}, an I/O failure on the input) is 2 with a one-line message on stderr (and a JSON error
 * object on stdout with {@code --json}); a stack trace only with {@code --verbose}. Set on every command by
 * {@link EgovCli#commandLine}, so commands added later get it without code of their own.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        return CliErrors.report(CliErrors.of(e), cl.getOut(), cl.getErr(), parsed.expandedArgs(), e);
    }
}
