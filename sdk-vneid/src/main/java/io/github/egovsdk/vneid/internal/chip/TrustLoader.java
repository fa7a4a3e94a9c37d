package io.github.egovsdk.vneid.internal.chip;

import io.github.egovsdk.vneid.chip.ChipFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Loads CSCA certificates from PEM / DER files, folders of them and key stores. */
public final class TrustLoader {
    /** Largest trust file read (ICAO master lists are a few MB). */
    public static final int MAX_FILE = 32 << 20;

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private TrustLoader() {}

    /** Certificates from a PEM file (any number of CERTIFICATE blocks), a DER file, or a folder of such files. */
    public static List<X509Certificate> certificates(Path path) {
        if (Files.isDirectory(path)) {
            List<X509Certificate> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer") || n.endsWith(".der")) {
                        out.addAll(certificates(f));
                    }
                }
            } catch (IOException e) {
                throw new ChipFormatException(
                        path.toString(),
                        "READ",
                        "cannot list the folder: " + e.getMessage(),
                        "không liệt kê được thư mục",
                        e);
            }
            return out;
        }
        String file = path.getFileName().toString();
        byte[] bytes = read(path);
        List<byte[]> pem = pemBlocks(bytes, "CERTIFICATE", file);
        if (pem.isEmpty()) {
            return List.of(Bc.certificate(bytes, file));
        }
        return pem.stream().map(der -> Bc.certificate(der, file)).toList();
    }

    /** The DER bytes of every PEM block with this label; empty when the data is not PEM text. */
    public static List<byte[]> pemBlocks(byte[] bytes, String label, String file) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.contains("-----BEGIN ")) {
            return List.of();
        }
        List<byte[]> out = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(label) || m.group(1).equals("X509 " + label)) {
                try {
                    out.add(Base64.getMimeDecoder().decode(m.group(2)));
                } catch (IllegalArgumentException e) {
                    throw new ChipFormatException(
                            file, "PEM", "a PEM block is not Base64", "khối PEM không phải Base64", e);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ChipFormatException(file, "PEM", "no " + label + " block", "không có khối " + label);
        }
        return out;
    }

    /** Every certificate of a key store (trusted-certificate entries and the first certificate of key entries). */
    public static List<X509Certificate> certificates(KeyStore keyStore) {
        List<X509Certificate> out = new ArrayList<>();
        try {
            for (String alias : Collections.list(keyStore.aliases())) {
                Certificate c = keyStore.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
        } catch (KeyStoreException e) {
            throw new ChipFormatException(
                    "key store", "KEYSTORE", "the key store is not loaded", "kho khóa chưa được nạp", e);
        }
        return out;
    }

    public static byte[] read(Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE) {
                throw new ChipFormatException(
                        path.getFileName().toString(),
                        "TOO_LARGE",
                        "more than " + MAX_FILE + " bytes",
                        "lớn hơn " + MAX_FILE + " byte");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ChipFormatException(
                    String.valueOf(path.getFileName()),
                    "READ",
                    "cannot read the file: " + e.getClass().getSimpleName(),
                    "không đọc được tệp",
                    e);
        }
    }
}
