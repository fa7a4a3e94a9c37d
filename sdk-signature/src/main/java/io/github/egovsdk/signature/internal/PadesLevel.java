package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.ReportMessage;
import io.github.egovsdk.signature.verify.SignatureReport;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The PAdES level of a B-T signature once the whole file is known: B-LT when the DSS holds revocation data for its
 * signing certificate, B-LTA when, in addition, a valid document time-stamp after the signature covers a DSS with that
 * data. Document time-stamps' findings are added to the signatures they cover.
 */
final class PadesLevel {
    private PadesLevel() {}

    static SignatureReport upgrade(
            PdfChecker.Checked c, DssData dss, List<DocTimestampChecker.DocTimestamp> stamps, ValidationContext ctx) {
        SignatureReport r = c.report();
        List<ReportMessage> messages = new ArrayList<>(r.messages());
        List<DocTimestampChecker.DocTimestamp> covering =
                stamps.stream().filter(t -> t.end() > c.revisionEnd()).toList();
        covering.forEach(t -> messages.addAll(t.messages()));
        String format = r.format();
        X509Certificate cert = c.certificate();
        if ("PAdES-BASELINE-T".equals(format) && cert != null && dss != null) {
            X509Certificate issuer =
                    CertificateChecks.issuerOf(cert, c.pool(), ctx.withEmbedded(dss, dss.certificates()));
            if (issuer != null && dss.status(cert, issuer).isPresent()) {
                format = "PAdES-BASELINE-LT";
                boolean archived = covering.stream()
                        .anyMatch(t -> t.valid()
                                && t.coveredDss() != null
                                && t.coveredDss().status(cert, issuer).isPresent());
                if (archived) {
                    format = "PAdES-BASELINE-LTA";
                }
            }
        }
        if (format.equals(r.format()) && messages.size() == r.messages().size()) {
            return r;
        }
        return new SignatureReport(
                r.id(),
                format,
                r.indication(),
                r.subIndication(),
                r.signer(),
                r.signingTime(),
                r.timestamp(),
                r.coversWholeDocument(),
                r.modifiedAfterSigning(),
                messages);
    }
}
