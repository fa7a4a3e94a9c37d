package io.github.egovsdk.vneid.internal.chip;

import io.github.egovsdk.vneid.chip.ChipFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A private BouncyCastle provider instance (never registered in {@link java.security.Security}) for the curves and
 * explicit EC parameters found in eMRTD certificates (brainpool), and certificate conversion.
 */
public final class Bc {
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}

    public static X509Certificate certificate(byte[] der, String file) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509", PROVIDER);
            return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new ChipFormatException(
                    file, "CERTIFICATE", "not an X.509 certificate", "không phải chứng thư X.509", e);
        }
    }

    public static X509Certificate certificate(X509CertificateHolder holder, String file) {
        try {
            return certificate(holder.getEncoded(), file);
        } catch (IOException e) {
            throw new ChipFormatException(
                    file, "CERTIFICATE", "not an X.509 certificate", "không phải chứng thư X.509", e);
        }
    }
}
