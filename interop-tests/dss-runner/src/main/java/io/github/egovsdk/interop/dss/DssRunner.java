package io.github.egovsdk.interop.dss;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates files with EU DSS 6.3 and its <b>default</b> validation policy, as a DSS user does, and prints one JSON
 * line per file on standard output.
 * <p>
 * Argument: a job file, one line per file to validate, tab-separated: {@code name, file, detached content or "-",
 * online|offline, trusted root (PEM or DER) or "-"}. {@code online} lets DSS fetch CRLs, OCSP responses and missing
 * issuers (AIA) as it does by default; {@code offline} gives it nothing but what the file embeds.
 */
public final class DssRunner {
    private DssRunner() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[0];
            try {
                out.println(validate(
                        name,
                        Path.of(f[1]),
                        "-".equals(f[2]) ? null : Path.of(f[2]),
                        "online".equals(f[3]),
                        "-".equals(f[4]) ? null : Path.of(f[4])));
            } catch (RuntimeException | IOException e) {
                out.println("{\"name\":" + Json.str(name) + ",\"error\":"
                        + Json.str(e.getClass().getSimpleName() + ": " + e.getMessage())
                        + ",\"signatures\":[],\"timestamps\":[]}");
            }
        }
    }

    static String validate(String name, Path file, Path detached, boolean online, Path trusted) throws IOException {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        if (trusted != null) {
            CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
            try (InputStream in = Files.newInputStream(trusted)) {
                anchors.addCertificate(DSSUtils.loadCertificate(in));
            }
            verifier.setTrustedCertSources(anchors);
        }
        if (online) {
            verifier.setCrlSource(new OnlineCRLSource(new CommonsDataLoader()));
            verifier.setOcspSource(new OnlineOCSPSource(new OCSPDataLoader()));
            verifier.setAIASource(new DefaultAIASource(new CommonsDataLoader()));
        } else {
            verifier.setCrlSource(null);
            verifier.setOcspSource(null);
            verifier.setAIASource(null);
        }
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(file.toFile()));
        validator.setCertificateVerifier(verifier);
        if (detached != null) {
            validator.setDetachedContents(List.<DSSDocument>of(new FileDocument(detached.toFile())));
        }
        Reports reports = validator.validateDocument();
        return toJson(name, reports);
    }

    private static String toJson(String name, Reports reports) {
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<String> signatures = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SignatureLevel format = simple.getSignatureFormat(id);
            var sig = diagnostic.getSignatureById(id);
            signatures.add("{\"id\":" + Json.str(id)
                    + ",\"counterSignature\":" + (sig != null && sig.isCounterSignature())
                    + ",\"format\":" + Json.str(format == null ? null : format.toString())
                    + ",\"indication\":" + Json.str(String.valueOf(simple.getIndication(id)))
                    + ",\"subIndication\":"
                    + Json.str(
                            simple.getSubIndication(id) == null
                                    ? null
                                    : simple.getSubIndication(id).name())
                    + ",\"errors\":"
                    + Json.list(simple.getAdESValidationErrors(id).stream()
                            .map(m -> m.getValue())
                            .toList())
                    + ",\"warnings\":"
                    + Json.list(simple.getAdESValidationWarnings(id).stream()
                            .map(m -> m.getValue())
                            .toList()) + "}");
        }
        List<String> timestamps = new ArrayList<>();
        for (TimestampWrapper t : diagnostic.getTimestampList()) {
            timestamps.add("{\"id\":" + Json.str(t.getId()) + ",\"type\":"
                    + Json.str(t.getType().name()) + ",\"indication\":"
                    + Json.str(String.valueOf(simple.getIndication(t.getId()))) + "}");
        }
        return "{\"name\":" + Json.str(name) + ",\"signatures\":[" + String.join(",", signatures) + "],\"timestamps\":["
                + String.join(",", timestamps) + "]}";
    }
}
