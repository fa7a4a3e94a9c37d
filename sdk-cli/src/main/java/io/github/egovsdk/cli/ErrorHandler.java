package io.github.egovsdk.cli;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.privacy.Redactor;
import picocli.CommandLine;

/**
 * Turns exceptions into the contract's exit codes: bad or unsafe input (an {@link EgovClientException}, an I/O
 * failure on the input) is 2 with a one-line message on stderr; a stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.expandedArgs().contains("--verbose");
        String message = Redactor.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        cl.getErr().println("egov: " + message);
        if (verbose) {
            e.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return e instanceof EgovClientException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException || e instanceof IllegalArgumentException
                ? EgovCli.USAGE : EgovCli.CHECK_FAILED;
    }
}
