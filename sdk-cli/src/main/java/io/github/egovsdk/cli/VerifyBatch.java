package io.github.egovsdk.cli;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.signature.verify.BatchResult;
import io.github.egovsdk.signature.verify.BatchValidator;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code egov verify FILE FILE...}: the files verified in parallel by {@link BatchValidator} (edXML messages, whose
 * attachments are verified too, one after the other), progress on a terminal, then one line per file and a summary.
 * With {@code --json}: {@code {"files": [per-file object as for one FILE, or {"file", "error"}], "summary": {...}}}.
 * Exit code: the worst of the files' (2 if one could not be verified, else 1 if one is not valid, else 0).
 */
final class VerifyBatch {
    private final SignatureValidator validator;
    private final Integer jobs;
    private final boolean json;
    private final CommandLine cl;

    VerifyBatch(SignatureValidator validator, Integer jobs, boolean json, CommandLine cl) {
        this.validator = validator;
        this.jobs = jobs;
        this.json = json;
        this.cl = cl;
    }

    int run(List<Path> files) {
        Progress progress = new Progress(cl.getErr(), files.size());
        List<Path> plain = new ArrayList<>();
        Map<Path, BatchResult> results = new LinkedHashMap<>();
        for (Path f : files) {
            if (VerifyCommand.isEdxml(f)) {
                results.put(f, edxml(f));
                progress.finished(f.getFileName().toString());
            } else {
                plain.add(f);
            }
        }
        BatchValidator.Builder b = BatchValidator.builder().validator(validator);
        if (jobs != null) {
            b.parallelism(jobs);
        }
        b.build()
                .validate(plain, r -> progress.finished(r.file().getFileName().toString()))
                .forEach(r -> results.put(r.file(), r));
        progress.end();
        List<BatchResult> ordered = files.stream().map(results::get).toList();
        int valid = 0;
        int errors = 0;
        int code = EgovCli.OK;
        ArrayNode array = Json.array();
        PrintWriter out = cl.getOut();
        for (BatchResult r : ordered) {
            if (r.error() != null) {
                errors++;
                code = EgovCli.USAGE;
                UserError u = CliErrors.of(r.error());
                array.addObject()
                        .put("file", r.file().getFileName().toString())
                        .putObject("error")
                        .put("code", u.code())
                        .put("exitCode", u.exitCode())
                        .put("message", u.text())
                        .put("en", u.en())
                        .put("vi", u.vi());
                if (!json) {
                    out.println(r.file() + ": " + CliLang.t("LỖI", "ERROR") + " — " + u.text());
                }
            } else {
                valid += r.valid() ? 1 : 0;
                code = r.valid() || code == EgovCli.USAGE ? code : EgovCli.CHECK_FAILED;
                array.add(VerifyCommand.toJson(r.report()));
                if (!json) {
                    VerifyCommand.printHuman(out, r.report());
                }
            }
        }
        int invalid = ordered.size() - valid - errors;
        if (json) {
            ObjectNode root = Json.object();
            root.set("files", array);
            root.putObject("summary")
                    .put("total", ordered.size())
                    .put("valid", valid)
                    .put("invalid", invalid)
                    .put("errors", errors);
            Json.print(out, root);
        } else {
            out.println(CliLang.t(
                    "Tổng cộng " + ordered.size() + " tệp: " + valid + " hợp lệ, " + invalid + " không hợp lệ, "
                            + errors + " lỗi",
                    "Total " + ordered.size() + " files: " + valid + " valid, " + invalid + " not valid, " + errors
                            + " errors"));
            out.flush();
        }
        return code;
    }

    private BatchResult edxml(Path f) {
        try {
            return new BatchResult(f, VerifyCommand.verifyOne(validator, f, null), null);
        } catch (EgovException e) {
            return new BatchResult(f, null, e);
        }
    }
}
