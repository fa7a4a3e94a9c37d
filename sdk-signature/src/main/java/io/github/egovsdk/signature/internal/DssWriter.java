package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationData;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Adds certificates, OCSP responses and CRLs to the catalog's {@code /DSS} (created if missing, existing entries kept,
 * duplicates skipped), marking what changed for an incremental save. No VRI dictionaries (optional in PAdES).
 */
public final class DssWriter {
    private DssWriter() {}

    /** Returns how many new streams were added. */
    public static int add(PDDocument doc, List<X509Certificate> certificates, List<RevocationData> revocation)
            throws IOException {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary dss = catalog.getCOSDictionary(DssData.DSS);
        if (dss == null) {
            dss = new COSDictionary();
            catalog.setItem(DssData.DSS, dss);
        }
        List<byte[]> certs = new ArrayList<>();
        for (X509Certificate c : certificates) {
            try {
                certs.add(c.getEncoded());
            } catch (CertificateEncodingException e) {
                throw new IOException("Cannot encode certificate " + c.getSubjectX500Principal(), e);
            }
        }
        int added = append(doc, dss, DssData.CERTS, certs);
        added += append(
                doc,
                dss,
                DssData.OCSPS,
                revocation.stream()
                        .filter(r -> r.type() == RevocationData.Type.OCSP)
                        .map(RevocationData::encoded)
                        .toList());
        added += append(
                doc,
                dss,
                DssData.CRLS,
                revocation.stream()
                        .filter(r -> r.type() == RevocationData.Type.CRL)
                        .map(RevocationData::encoded)
                        .toList());
        catalog.setNeedToBeUpdated(true);
        dss.setNeedToBeUpdated(true);
        return added;
    }

    private static int append(PDDocument doc, COSDictionary dss, COSName key, List<byte[]> entries) throws IOException {
        COSArray array = dss.getCOSArray(key);
        if (array == null) {
            array = new COSArray();
            dss.setItem(key, array);
        }
        List<byte[]> present = DssData.streams(dss, key);
        int added = 0;
        for (byte[] der : entries) {
            if (present.stream().anyMatch(p -> Arrays.equals(p, der))) {
                continue;
            }
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(der);
            }
            stream.setNeedToBeUpdated(true);
            array.add(stream);
            present.add(der);
            added++;
        }
        array.setNeedToBeUpdated(true);
        return added;
    }
}
