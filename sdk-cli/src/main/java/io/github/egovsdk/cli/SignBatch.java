package io.github.egovsdk.cli;

import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;

/**
 * {@code egov sign INPUT... --output-dir DIR}: every file signed in parallel with the one key (ký nhiều tệp), progress
 * on a terminal, one line per file and a summary. With {@code --json}: {@code {"files": [per-file object as for one
 * file, or {"input", "error"}], "summary": {"total", "signed", "errors"}}}. Exit 0 when every file was signed, else 2.
 */
final class SignBatch {
    private final SignCommand command;
    private final SigningKey key;
    private final int jobs;
    private final boolean json;
    private final CommandLine cl;

    SignBatch(SignCommand command, SigningKey key, Integer jobs, boolean json, CommandLine cl) {
        this.command = command;
        this.key = key;
        this.jobs = Math.max(1, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs);
        this.json = json;
        this.cl = cl;
    }

    int run(List<Path[]> tasks) throws InterruptedException {
        Progress progress = new Progress(cl.getErr(), tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, tasks.size()), r -> {
            Thread t = new Thread(r, "egov-sign");
            t.setDaemon(true);
            return t;
        });
        List<Future<String>> futures = new ArrayList<>();
        try {
            for (Path[] t : tasks) {
                futures.add(pool.submit(() -> {
                    try {
                        return command.signOne(key, t[0], t[1]);
                    } finally {
                        progress.finished(t[0].getFileName().toString());
                    }
                }));
            }
            ArrayNode array = Json.array();
            PrintWriter out = cl.getOut();
            int errors = 0;
            for (int i = 0; i < tasks.size(); i++) {
                Path[] t = tasks.get(i);
                try {
                    String fmt = futures.get(i).get();
                    array.add(command.result(key, t[1], fmt).put("input", t[0].toString()));
                    if (!json) {
                        out.println(CliLang.t("Đã ký: ", "Signed: ") + t[0] + " → " + t[1]);
                    }
                } catch (ExecutionException e) {
                    errors++;
                    UserError u = CliErrors.of(e.getCause());
                    array.addObject()
                            .put("input", t[0].toString())
                            .putObject("error")
                            .put("code", u.code())
                            .put("exitCode", u.exitCode())
                            .put("message", u.text())
                            .put("en", u.en())
                            .put("vi", u.vi());
                    if (!json) {
                        out.println(t[0] + ": " + CliLang.t("LỖI", "ERROR") + " — " + u.text());
                    }
                }
            }
            progress.end();
            int signed = tasks.size() - errors;
            if (json) {
                ObjectNode root = Json.object();
                root.set("files", array);
                root.putObject("summary")
                        .put("total", tasks.size())
                        .put("signed", signed)
                        .put("errors", errors);
                Json.print(out, root);
            } else {
                out.println(CliLang.t(
                        "Tổng cộng " + tasks.size() + " tệp: " + signed + " đã ký, " + errors + " lỗi",
                        "Total " + tasks.size() + " files: " + signed + " signed, " + errors + " errors"));
                out.flush();
            }
            return errors == 0 ? EgovCli.OK : EgovCli.USAGE;
        } finally {
            pool.shutdownNow();
        }
    }
}
