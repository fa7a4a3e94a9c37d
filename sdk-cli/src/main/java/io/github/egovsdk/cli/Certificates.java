package io.github.egovsdk.cli;

import io.github.egovsdk.core.EgovClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads trust anchors given with {@code --trust}: PEM or DER files, or a folder of them. */
final class Certificates {
    private Certificates() {
    }

    static List<X509Certificate> load(List<Path> paths) {
        List<X509Certificate> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        if (n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer") || n.endsWith(".der")) {
                            out.addAll(read(f));
                        }
                    }
                } catch (IOException e) {
                    throw new EgovClientException("Cannot list " + p, e);
                }
            } else {
                out.addAll(read(p));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new ArrayList<>((java.util.Collection<X509Certificate>) CertificateFactory.getInstance("X.509")
                    .generateCertificates(in));
        } catch (IOException | CertificateException e) {
            throw new EgovClientException("Not a certificate (PEM or DER): " + file, e);
        }
    }
}
