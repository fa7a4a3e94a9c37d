package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.revocation.RevocationStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Document Security Store of a PDF (ISO 32000-2 12.8.4.3, ETSI EN 319 142-1 PAdES B-LT): certificates, OCSP
 * responses and CRLs, read from the catalog's {@code /DSS}. As a {@link RevocationSource} it answers offline from
 * that data: the most recent answer signed by the issuer wins. Unreadable entries are skipped.
 */
public final class DssData implements RevocationSource {
    public static final COSName DSS = COSName.getPDFName("DSS");
    public static final COSName CERTS = COSName.getPDFName("Certs");
    public static final COSName OCSPS = COSName.getPDFName("OCSPs");
    public static final COSName CRLS = COSName.getPDFName("CRLs");
    /** Streams larger than this are ignored: DSS entries are certificates and revocation data, not documents. */
    private static final int MAX_ENTRY = 32 * 1024 * 1024;

    private final List<X509Certificate> certificates;
    private final List<byte[]> ocsps;
    private final List<byte[]> crls;

    private DssData(List<X509Certificate> certificates, List<byte[]> ocsps, List<byte[]> crls) {
        this.certificates = List.copyOf(certificates);
        this.ocsps = List.copyOf(ocsps);
        this.crls = List.copyOf(crls);
    }

    /** The DSS of {@code doc}, or null when it has none. */
    public static DssData read(PDDocument doc) {
        COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        if (dss == null) {
            return null;
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (byte[] der : streams(dss, CERTS)) {
            try {
                certs.add((X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
            } catch (CertificateException | RuntimeException ignored) {
                // an unreadable certificate cannot help
            }
        }
        return new DssData(certs, streams(dss, OCSPS), streams(dss, CRLS));
    }

    /** The decoded bytes of each stream of the array {@code key}. */
    public static List<byte[]> streams(COSDictionary dss, COSName key) {
        List<byte[]> out = new ArrayList<>();
        COSArray array = dss.getCOSArray(key);
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            COSBase b = array.get(i);
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b instanceof COSStream s) {
                try (InputStream in = s.createInputStream()) {
                    byte[] bytes = in.readNBytes(MAX_ENTRY + 1);
                    if (bytes.length <= MAX_ENTRY) {
                        out.add(bytes);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // an unreadable stream cannot help
                }
            }
        }
        return out;
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    public boolean hasRevocationData() {
        return !ocsps.isEmpty() || !crls.isEmpty();
    }

    @Override
    public Optional<RevocationStatus> status(X509Certificate certificate, X509Certificate issuer) {
        return new EmbeddedRevocation(certificates, ocsps, crls).status(certificate, issuer);
    }
}
