package io.github.egovsdk.interop;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * EU DSS 6.3 as an independent judge: the files are validated by {@code DssRunner} in ONE forked JVM whose class
 * path is DSS's own (Santuario 3.0.x, BouncyCastle 1.83 — resolved by the {@code interop-dss-runner} module), with
 * DSS's default validation policy. Nothing of the SDK is on that class path.
 */
final class DssVerdicts {
    /** One file to validate: {@code online} lets DSS fetch CRL / OCSP / AIA; offline it has only the file. */
    record Job(String name, Path file, Path detached, boolean online, Path trustedRoot) {}

    /** DSS's verdict on one signature. */
    record Signature(
            String id,
            boolean counterSignature,
            String format,
            String indication,
            String subIndication,
            List<String> errors,
            List<String> warnings) {}

    /** DSS's verdict on one file; {@code error} when DSS refused the file (e.g. a DOCTYPE). */
    record FileVerdict(String name, String error, List<Signature> signatures, List<String> timestampTypes) {
        List<Signature> mainSignatures() {
            return signatures.stream().filter(s -> !s.counterSignature()).toList();
        }
    }

    private DssVerdicts() {}

    static Map<String, FileVerdict> validate(List<Job> jobs, Path workDir) throws IOException, InterruptedException {
        Path jobFile = workDir.resolve("dss-jobs.tsv");
        StringBuilder b = new StringBuilder();
        for (Job j : jobs) {
            b.append(j.name())
                    .append('\t')
                    .append(j.file().toAbsolutePath())
                    .append('\t')
                    .append(
                            j.detached() == null
                                    ? "-"
                                    : j.detached().toAbsolutePath().toString())
                    .append('\t')
                    .append(j.online() ? "online" : "offline")
                    .append('\t')
                    .append(
                            j.trustedRoot() == null
                                    ? "-"
                                    : j.trustedRoot().toAbsolutePath().toString())
                    .append('\n');
        }
        Files.writeString(jobFile, b, StandardCharsets.UTF_8);
        Path out = workDir.resolve("dss-verdicts.jsonl");
        Path err = workDir.resolve("dss-runner.log");
        String classpath = System.getProperty("dss.runner.classes")
                + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("dss.runner.classpath")))
                        .strip();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                        "-cp",
                        classpath,
                        "io.github.egovsdk.interop.dss.DssRunner",
                        jobFile.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("DSS runner timed out; see " + err);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("DSS runner failed (" + p.exitValue() + "): " + Files.readString(err));
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, FileVerdict> verdicts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            List<Signature> sigs = new ArrayList<>();
            for (JsonNode s : n.get("signatures")) {
                sigs.add(new Signature(
                        s.get("id").asString(),
                        s.get("counterSignature").asBoolean(),
                        text(s, "format"),
                        text(s, "indication"),
                        text(s, "subIndication"),
                        strings(s.get("errors")),
                        strings(s.get("warnings"))));
            }
            List<String> ts = new ArrayList<>();
            for (JsonNode t : n.get("timestamps")) {
                ts.add(t.get("type").asString());
            }
            verdicts.put(
                    n.get("name").asString(), new FileVerdict(n.get("name").asString(), text(n, "error"), sigs, ts));
        }
        return verdicts;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asString()));
        return out;
    }
}
