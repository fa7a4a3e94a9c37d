package io.github.egovsdk.cli;

import io.github.egovsdk.edoc.EdocVerification;
import io.github.egovsdk.edoc.EdxmlVerifier;
import io.github.egovsdk.signature.revocation.OcspRevocationSource;
import io.github.egovsdk.signature.trust.TrustAnchors;
import io.github.egovsdk.signature.verify.ReportMessage;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationPolicy;
import io.github.egovsdk.signature.verify.ValidationReport;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code egov verify FILE [--detached CONTENT] [--trust CERT_OR_DIR]... [--policy strict|lenient] [--lang vi|en]
 * [--json]}. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verifies every signature in a PDF, XML or CMS file.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "PDF, XML (XAdES, edXML) or CMS files; several "
                    + "files (egov verify *.pdf) are verified in parallel and summarised.")
    List<Path> files;

    @Option(
            names = "--detached",
            paramLabel = "CONTENT",
            description = "The signed content of a detached signature (one FILE only). Default: none.")
    Path detached;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Files verified at once. Default: the number of processors.")
    Integer jobs;

    @Option(
            names = "--trust",
            paramLabel = "CERT_OR_DIR",
            description = "PEM/DER certificate or folder; 'vietnam' = the built-in national and government G2 roots"
                    + " (repeatable). Default: no trusted roots.")
    List<String> trust = new ArrayList<>();

    @Option(
            names = "--policy",
            defaultValue = "strict",
            paramLabel = "strict|lenient",
            description = "Validation policy.")
    String policy;

    @Option(
            names = "--online",
            description = "Check the signer's certificate status by OCSP (from the certificate's AIA).")
    boolean online;

    @picocli.CommandLine.Mixin
    OutputOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!policy.equals("strict") && !policy.equals("lenient")) {
            throw UserError.usage(
                    "--policy must be strict or lenient, not '" + policy + "'",
                    "--policy phải là strict hoặc lenient, không phải '" + policy + "'");
        }
        List<X509Certificate> roots = new ArrayList<>();
        for (String t : trust) {
            roots.addAll(t.equals("vietnam") ? TrustAnchors.vietnam() : TrustAnchors.fromPath(Path.of(t)));
        }
        ValidationReport report;
        try (OcspRevocationSource ocsp = online ? OcspRevocationSource.builder().build() : null) {
            SignatureValidator validator = SignatureValidator.builder()
                    .trustAnchors(roots)
                    .revocation(ocsp)
                    .policy(policy.equals("strict") ? ValidationPolicy.strict() : ValidationPolicy.lenient())
                    .build();
            if (files.size() > 1) {
                if (detached != null) {
                    throw UserError.usage(
                            "--detached applies to one FILE only", "--detached chỉ dùng với một tệp FILE");
                }
                return new VerifyBatch(validator, jobs, options.json, spec.commandLine()).run(files);
            }
            report = verifyOne(validator, files.get(0), detached);
        }
        var out = spec.commandLine().getOut();
        if (options.json) {
            Json.print(out, toJson(report));
        } else {
            printHuman(out, report);
        }
        return report.valid() ? EgovCli.OK : EgovCli.CHECK_FAILED;
    }

    /** The readable report of one file. */
    static void printHuman(PrintWriter out, ValidationReport report) {
        boolean vi = CliLang.current() == CliLang.VI;
        out.println(report.file() + " (" + report.format() + "): "
                + (report.valid() ? (vi ? "HỢP LỆ" : "VALID") : (vi ? "KHÔNG HỢP LỆ" : "NOT VALID")));
        if (report.signatures().isEmpty()) {
            out.println(vi ? "  Không có chữ ký" : "  No signature");
        }
        for (SignatureReport s : report.signatures()) {
            out.println("  " + s.id() + " " + s.format() + ": " + s.indication()
                    + (s.subIndication() == null ? "" : "/" + s.subIndication()));
            if (s.signer() != null) {
                out.println(
                        "    " + (vi ? "Người ký: " : "Signer: ") + s.signer().subject());
            }
            if (s.subIndication() != null && vi) {
                out.println("    " + s.subIndication().vietnamese());
            }
            s.messages().stream()
                    .filter(m -> m.severity() != ReportMessage.Severity.INFO)
                    .forEach(m -> out.println("    - " + (vi ? m.vi() : m.en())));
        }
        out.flush();
    }

    static ValidationReport verifyOne(SignatureValidator validator, Path file, Path detached) {
        return detached == null && isEdxml(file) ? edxmlReport(validator, file) : validator.validate(file, detached);
    }

    /** An edXML message: its envelope signature and the signatures inside each attachment, as one report. */
    private static ValidationReport edxmlReport(SignatureValidator validator, Path file) {
        EdocVerification v = EdxmlVerifier.of(validator).verify(file);
        List<SignatureReport> all = new ArrayList<>();
        v.envelopeReport().ifPresent(r -> all.add(renamed(r, "Envelope")));
        for (EdocVerification.AttachmentVerification a : v.attachments()) {
            a.report().ifPresent(r -> r.signatures().forEach(s -> all.add(renamed(s, a.name() + "/" + s.id()))));
        }
        return new ValidationReport(file.getFileName().toString(), "XML", all);
    }

    private static SignatureReport renamed(SignatureReport s, String id) {
        return new SignatureReport(
                id,
                s.format(),
                s.indication(),
                s.subIndication(),
                s.signer(),
                s.signingTime(),
                s.timestamp(),
                s.coversWholeDocument(),
                s.modifiedAfterSigning(),
                s.messages());
    }

    static boolean isEdxml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
            return head.contains("http://www.mic.gov.vn/TBT/QCVN_102_2016") || head.contains("<edXML");
        } catch (IOException e) {
            return false; // the validator reports the unreadable file
        }
    }

    static ObjectNode toJson(ValidationReport report) {
        ObjectNode root = Json.object()
                .put("file", report.file())
                .put("format", report.format())
                .put("valid", report.valid());
        ArrayNode sigs = root.putArray("signatures");
        for (SignatureReport s : report.signatures()) {
            ObjectNode n = sigs.addObject()
                    .put("id", s.id())
                    .put("format", s.format())
                    .put("indication", s.indication().name())
                    .put(
                            "subIndication",
                            s.subIndication() == null ? null : s.subIndication().name());
            if (s.signer() == null) {
                n.putNull("signer");
            } else {
                n.putObject("signer")
                        .put("subject", s.signer().subject())
                        .put("issuer", s.signer().issuer())
                        .put("serialNumber", s.signer().serialHex());
            }
            n.put(
                    "signingTime",
                    s.signingTime() == null ? null : s.signingTime().toString());
            if (s.timestamp() == null) {
                n.putNull("timestamp");
            } else {
                n.putObject("timestamp")
                        .put(
                                "time",
                                s.timestamp().time() == null
                                        ? null
                                        : s.timestamp().time().toString())
                        .put("valid", s.timestamp().valid());
            }
            n.put("coversWholeDocument", s.coversWholeDocument()).put("modifiedAfterSigning", s.modifiedAfterSigning());
            ArrayNode msgs = n.putArray("messages");
            s.messages().forEach(m -> msgs.addObject()
                    .put("code", m.code())
                    .put("severity", m.severity().name())
                    .put("en", m.en())
                    .put("vi", m.vi()));
        }
        return root;
    }
}
