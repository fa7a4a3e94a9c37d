package io.github.egovsdk.signature.trust;

import io.github.egovsdk.core.EgovClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Roots to trust when validating: from PEM/DER files or folders, or the built-in opt-in profiles of Vietnam's two
 * signature chains — the Vietnam National Root CA (NEAC, public CAs such as VNPT-CA, Viettel-CA) and RootCA chuyên
 * dùng Chính phủ G2 (Ban Cơ yếu Chính phủ, the government chain). The built-in certificates ship with their source
 * (SOURCES.txt) and are checked against SHA-256 fingerprints pinned here; a mismatch fails loudly.
 *
 * <p>Example:
 * <pre>{@code
 * List<X509Certificate> anchors = TrustAnchors.fromPath(Path.of("trust/"));   // PEM/DER files in a folder
 * List<X509Certificate> vietnam = TrustAnchors.vietnam();   // opt-in: national root CA and government G2 root
 * SignatureValidator validator = SignatureValidator.builder().trustAnchors(vietnam).build();
 * }</pre>
 */
public final class TrustAnchors {
    /** Vietnam National Root CA, RSA-4096, 2014–2039 (rootca.gov.vn). */
    public static final String VN_NATIONAL_ROOT_SHA256 =
            "bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7";
    /** RootCA chuyên dùng Chính phủ G2, 2018–2048 (ca.gov.vn). */
    public static final String VN_GOVERNMENT_G2_SHA256 =
            "f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8";

    private static final String BASE = "/io/github/egovsdk/signature/trust/";

    private TrustAnchors() {}

    /** The Vietnam National Root CA (public-CA chain), fingerprint-checked. */
    public static X509Certificate vietnamNationalRoot() {
        return builtIn("vnrca256.crt", VN_NATIONAL_ROOT_SHA256);
    }

    /** RootCA chuyên dùng Chính phủ G2 (government chain), fingerprint-checked. */
    public static X509Certificate governmentG2Root() {
        return builtIn("rootcag2.pem", VN_GOVERNMENT_G2_SHA256);
    }

    /** Both Vietnamese roots. */
    public static List<X509Certificate> vietnam() {
        return List.of(vietnamNationalRoot(), governmentG2Root());
    }

    /** Certificates from PEM or DER files, or folders of them (.pem, .crt, .cer, .der). */
    public static List<X509Certificate> fromPath(Path path) {
        List<X509Certificate> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer") || n.endsWith(".der")) {
                        out.addAll(read(f));
                    }
                }
            } catch (IOException e) {
                throw new EgovClientException("Cannot list " + path + ": " + e.getMessage(), e);
            }
        } else {
            out.addAll(read(path));
        }
        return out;
    }

    /** Lower-case hex SHA-256 of the certificate's DER encoding. */
    public static String sha256(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate builtIn(String resource, String pinned) {
        try (InputStream in = TrustAnchors.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in trust anchor missing: " + resource);
            }
            X509Certificate c =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            if (!sha256(c).equals(pinned)) {
                throw new IllegalStateException("Built-in trust anchor " + resource + " does not match its pinned"
                        + " SHA-256 fingerprint: refusing to trust it");
            }
            return c;
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot read built-in trust anchor " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (Collection<X509Certificate>)
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | CertificateException e) {
            throw new EgovClientException("Not a certificate (PEM or DER): " + file, e);
        }
    }
}
