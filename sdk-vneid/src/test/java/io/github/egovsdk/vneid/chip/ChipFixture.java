package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.vneid.card.Mrz;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds synthetic chip files with BouncyCastle: a CSCA, a DSC, EF.COM, DG1 (MRZ with computed check digits), DG2 (a
 * tiny JPEG in an ISO/IEC 19794-5 record), DG13 (the reference's field table) and an EF.SOD over them. All personal
 * values are invented.
 */
final class ChipFixture {
    static final Provider BC = new BouncyCastleProvider();
    static final String ID = "001099012345";
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final byte[] TINY_JPEG = {
        (byte) 0xFF,
        (byte) 0xD8,
        (byte) 0xFF,
        (byte) 0xE0,
        0x00,
        0x10,
        'J',
        'F',
        'I',
        'F',
        0x00,
        0x01,
        0x01,
        0x00,
        0x00,
        0x01,
        0x00,
        0x01,
        0x00,
        0x00,
        (byte) 0xFF,
        (byte) 0xD9
    };
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    record Issuer(KeyPair keys, X509Certificate certificate) {}

    private ChipFixture() {}

    static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Issuer csca(String cn) {
        KeyPair k = ecKeys();
        return new Issuer(
                k,
                cert(
                        "C=VN,O=Test,CN=" + cn,
                        k.getPublic(),
                        "C=VN,O=Test,CN=" + cn,
                        k.getPrivate(),
                        Instant.parse("2020-01-01T00:00:00Z"),
                        Instant.parse("2040-01-01T00:00:00Z"),
                        true));
    }

    static Issuer dsc(Issuer csca, Instant from, Instant to) {
        KeyPair k = ecKeys();
        return new Issuer(
                k,
                cert(
                        "C=VN,O=Test,CN=Test DSC",
                        k.getPublic(),
                        X500Name.getInstance(csca.certificate()
                                        .getSubjectX500Principal()
                                        .getEncoded())
                                .toString(),
                        csca.keys().getPrivate(),
                        from,
                        to,
                        false));
    }

    static Issuer dsc(Issuer csca) {
        return dsc(csca, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));
    }

    static X509Certificate cert(
            String subject, PublicKey key, String issuer, PrivateKey issuerKey, Instant from, Instant to, boolean ca) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from),
                    Date.from(to),
                    new X500Name(subject),
                    key);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(BC)
                    .build(issuerKey);
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(b.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One BER-TLV with a DER length. */
    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            value.writeBytes(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFF) {
            out.write(tag >>> 8);
        }
        out.write(tag & 0xFF);
        int n = value.size();
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >>> 8);
            out.write(n & 0xFF);
        }
        out.writeBytes(value.toByteArray());
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] com(int... dgTags) {
        byte[] list = new byte[dgTags.length];
        for (int i = 0; i < dgTags.length; i++) {
            list[i] = (byte) dgTags[i];
        }
        return tlv(0x60, tlv(0x5F01, ascii("0107")), tlv(0x5F36, ascii("040000")), tlv(0x5C, list));
    }

    /** TD1 MRZ in the Vietnamese line-1 layout with every check digit computed. */
    static String[] mrz(String id, LocalDate dob, char sex, LocalDate expiry, String names) {
        DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
        String doc = id.substring(3);
        String l1 = "IDVNM" + doc + Mrz.checkDigit(doc) + id + "<<" + Mrz.checkDigit(id + "<<");
        String d = dob.format(yymmdd);
        String e = expiry.format(yymmdd);
        String l2 = d + Mrz.checkDigit(d) + sex + e + Mrz.checkDigit(e) + "VNM" + "<".repeat(11);
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        l2 = l2 + Mrz.checkDigit(composite);
        String l3 = (names + "<".repeat(30)).substring(0, 30);
        return new String[] {l1, l2, l3};
    }

    static byte[] dg1() {
        String[] m = mrz(ID, LocalDate.of(1999, 1, 1), 'M', LocalDate.of(2039, 1, 1), "NGUYEN<<VAN<A");
        return tlv(0x61, tlv(0x5F1F, ascii(m[0] + m[1] + m[2])));
    }

    /** An ISO/IEC 19794-5 facial record around the image (no feature points, 160 × 200, data type 0 = JPEG). */
    static byte[] facialRecord(byte[] image, int dataType) {
        ByteArrayOutputStream face = new ByteArrayOutputStream();
        int faceLength = 32 + image.length;
        face.writeBytes(new byte[] {
            (byte) (faceLength >>> 24), (byte) (faceLength >>> 16), (byte) (faceLength >>> 8), (byte) faceLength, 0, 0
        });
        face.writeBytes(new byte[14]);
        face.writeBytes(new byte[] {1, (byte) dataType, 0, (byte) 160, 0, (byte) 200, 1, 2, 0, 0, 0, 0});
        face.writeBytes(image);
        int total = 14 + face.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {
            'F',
            'A',
            'C',
            0,
            '0',
            '1',
            '0',
            0,
            (byte) (total >>> 24),
            (byte) (total >>> 16),
            (byte) (total >>> 8),
            (byte) total,
            0,
            1
        });
        out.writeBytes(face.toByteArray());
        return out.toByteArray();
    }

    static byte[] dg2(byte[] image, int dataType) {
        byte[] header = tlv(
                0xA1,
                tlv(0x80, new byte[] {1, 1}),
                tlv(0x81, new byte[] {2}),
                tlv(0x87, new byte[] {1, 1}),
                tlv(0x88, new byte[] {0, 8}));
        return tlv(
                0x75,
                tlv(
                        0x7F61,
                        tlv(0x02, new byte[] {1}),
                        tlv(0x7F60, header, tlv(0x5F2E, facialRecord(image, dataType)))));
    }

    static byte[] dg2() {
        return dg2(TINY_JPEG, 0);
    }

    /** The DG13 fields of the reference's table (§3.4) with invented values, by field number. */
    static Map<Integer, ASN1Encodable> dg13Fields() {
        Map<Integer, ASN1Encodable> f = new LinkedHashMap<>();
        f.put(1, new DERPrintableString(ID));
        f.put(2, new DERUTF8String("Nguyễn Văn A"));
        f.put(3, new DERPrintableString("01/01/1999"));
        f.put(4, new DERUTF8String("Nam"));
        f.put(5, new DERUTF8String("Việt Nam"));
        f.put(6, new DERUTF8String("Kinh"));
        f.put(7, new DERUTF8String("Không"));
        f.put(8, new DERUTF8String("Xã X, Huyện Y, Hà Nội"));
        f.put(9, new DERUTF8String("Số 1 Phố X, Phường Y, Quận Z, Hà Nội"));
        f.put(10, new DERUTF8String("Nốt ruồi C:1cm trên đầu mày phải"));
        f.put(11, new DERPrintableString("15/08/2021"));
        f.put(12, new DERUTF8String("01/01/2039"));
        f.put(13, new DERSequence(new ASN1Encodable[] {
            new DERUTF8String("Nguyễn Văn B"), new DERUTF8String("Trần Thị C")
        }));
        f.put(14, new DERSequence(new DERUTF8String("Lê Thị D")));
        f.put(15, new DERPrintableString("123456789"));
        f.put(16, new DERPrintableString("A1B2C3D4E5F60718"));
        return f;
    }

    /** DG13: 6D { SEQUENCE { INTEGER 1, OID 1.0.10646.1.0.8, SET { SEQUENCE { INTEGER no, value } … } } }. */
    static byte[] dg13(Map<Integer, ASN1Encodable> fields) {
        ASN1EncodableVector set = new ASN1EncodableVector();
        fields.forEach((no, v) -> set.add(
                v == null
                        ? new DERSequence(new ASN1Integer(no))
                        : new DERSequence(new ASN1Encodable[] {new ASN1Integer(no), v})));
        DERSequence content = new DERSequence(
                new ASN1Encodable[] {new ASN1Integer(1), new ASN1ObjectIdentifier("1.0.10646.1.0.8"), new DERSet(set)});
        return tlv(0x6D, der(content));
    }

    static byte[] dg13() {
        return dg13(dg13Fields());
    }

    /** EF.SOD: SHA-256 hashes of the data groups, signed by the DSC (signed attributes), DSC embedded. */
    static byte[] sod(Map<Integer, byte[]> dataGroups, X509Certificate dsc, PrivateKey signingKey) {
        return sod(dataGroups, dsc, signingKey, ICAOObjectIdentifiers.id_icao_ldsSecurityObject);
    }

    static byte[] sod(
            Map<Integer, byte[]> dataGroups,
            X509Certificate dsc,
            PrivateKey signingKey,
            ASN1ObjectIdentifier contentType) {
        return sod(dataGroups, dsc, signingKey, contentType, NOW);
    }

    /** As above, with the CMS signingTime attribute set to {@code signedAt}. */
    static byte[] sod(
            Map<Integer, byte[]> dataGroups,
            X509Certificate dsc,
            PrivateKey signingKey,
            ASN1ObjectIdentifier contentType,
            Instant signedAt) {
        try {
            List<DataGroupHash> hashes = new ArrayList<>();
            for (Map.Entry<Integer, byte[]> e : dataGroups.entrySet()) {
                hashes.add(new DataGroupHash(
                        e.getKey(),
                        new DEROctetString(MessageDigest.getInstance("SHA-256").digest(e.getValue()))));
            }
            LDSSecurityObject lds = new LDSSecurityObject(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hashes.toArray(DataGroupHash[]::new));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            var signingTime = new AttributeTable(
                    new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signedAt)))));
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BC)
                            .build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                    .build(
                            new JcaContentSignerBuilder("SHA256withECDSA")
                                    .setProvider(BC)
                                    .build(signingKey),
                            dsc));
            gen.addCertificate(new JcaX509CertificateHolder(dsc));
            byte[] cms = gen.generate(new CMSProcessableByteArray(contentType, der(lds)), true)
                    .getEncoded(ASN1Encoding.DER);
            return tlv(0x77, cms);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ICAO master list of the CSCAs, signed by a master-list signer issued by {@code issuer}. */
    static byte[] masterList(List<X509Certificate> cscas, Issuer issuer) {
        try {
            Issuer signer = dsc(issuer);
            Certificate[] certs = new Certificate[cscas.size()];
            for (int i = 0; i < certs.length; i++) {
                certs[i] = Certificate.getInstance(cscas.get(i).getEncoded());
            }
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BC)
                            .build())
                    .build(
                            new JcaContentSignerBuilder("SHA256withECDSA")
                                    .setProvider(BC)
                                    .build(signer.keys().getPrivate()),
                            signer.certificate()));
            gen.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
            return gen.generate(
                            new CMSProcessableByteArray(
                                    ICAOObjectIdentifiers.id_icao_cscaMasterList, der(new CscaMasterList(certs))),
                            true)
                    .getEncoded(ASN1Encoding.DER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] der(ASN1Encodable o) {
        try {
            return o.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete, validly signed read: EF.COM, DG1, DG2, DG13 and EF.SOD signed by {@code dsc}. */
    static ChipFiles files(Issuer dsc) {
        return files(dsc, NOW);
    }

    /** As {@link #files(Issuer)}, the SOD signed at {@code signedAt}. */
    static ChipFiles files(Issuer dsc, Instant signedAt) {
        Map<Integer, byte[]> dgs = new LinkedHashMap<>();
        dgs.put(1, dg1());
        dgs.put(2, dg2());
        dgs.put(13, dg13());
        ChipFiles.Builder b = ChipFiles.builder().com(com(0x61, 0x75, 0x6D));
        dgs.forEach(b::dataGroup);
        return b.sod(sod(
                        dgs,
                        dsc.certificate(),
                        dsc.keys().getPrivate(),
                        ICAOObjectIdentifiers.id_icao_ldsSecurityObject,
                        signedAt))
                .build();
    }
}
