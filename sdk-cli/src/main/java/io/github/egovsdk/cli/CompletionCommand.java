package io.github.egovsdk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code egov completion bash|zsh}: a shell completion script for every command and option (picocli's generator;
 * zsh loads it through {@code bashcompinit}). Install: {@code source <(./egov completion bash)}.
 */
@Command(name = "completion", description = "Prints a shell completion script: source <(egov completion bash).")
final class CompletionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash or zsh.")
    String shell;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The shells supported. */
    static final class Shells extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Shells() {
            super(List.of("bash", "zsh"));
        }
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("egov", spec.root().commandLine());
        var out = spec.commandLine().getOut();
        switch (shell) {
            case "bash" -> out.print(script);
            case "zsh" -> out.print("#compdef egov\nautoload -U +X bashcompinit && bashcompinit\n" + script);
            default ->
                throw UserError.usage(
                        "SHELL must be bash or zsh, not '" + shell + "'",
                        "SHELL phải là bash hoặc zsh, không phải '" + shell + "'");
        }
        out.flush();
        return EgovCli.OK;
    }
}
