package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SubIndication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.xml.security.Init;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * XML-DSig / XAdES checks with Santuario in secure-validation mode (forbidden algorithms such as MD5 refused), after a
 * DTD-free parse. Wrapping defences: duplicate Ids fail; XAdES SignedProperties must be this signature's own;
 * manifests are followed; references to part of the document are reported as partial coverage.
 */
public final class XmlChecker {
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    static {
        Init.init();
    }

    private XmlChecker() {}

    public static List<SignatureReport> check(Path file, ValidationContext ctx) throws IOException {
        return check(file, ctx, null);
    }

    /**
     * As {@link #check(Path, ValidationContext)}; {@code detached} is the signed file that external (detached)
     * references point to, or null. External references are never resolved from the file system or the network.
     */
    public static List<SignatureReport> check(Path file, ValidationContext ctx, Path detached) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = SecureXml.parse(in);
        }
        Set<String> duplicates = registerIds(doc.getDocumentElement(), new HashMap<>(), new HashSet<>());
        List<SignatureReport> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(DSIG, "Signature");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element sig = (Element) nodes.item(i);
            boolean counter = hasSignatureAncestor(sig);
            out.add(checkOne(
                    sig, file, duplicates, ctx, (counter ? "CounterSignature" : "Signature") + (i + 1), detached));
        }
        return out;
    }

    private static SignatureReport checkOne(
            Element el, Path file, Set<String> duplicates, ValidationContext ctx, String id, Path detached) {
        Verdict v = new Verdict();
        Element signedProps = firstDescendant(el, XADES, "SignedProperties");
        boolean xades = signedProps != null;
        boolean timestamped = firstDescendant(el, XADES, "SignatureTimeStamp") != null;
        String format = xades ? "XAdES-BASELINE-" + (timestamped ? "T" : "B") : "XML-DSIG";
        EmbeddedRevocation longTerm = xades ? XadesLongTerm.read(el) : null;
        ValidationContext sigCtx = longTerm == null ? ctx : ctx.withEmbedded(longTerm, longTerm.certificates());
        Instant signingTime = signingTime(signedProps);
        if (!duplicates.isEmpty()) {
            v.fail(
                    SubIndication.FORMAT_FAILURE,
                    "DUPLICATE_ID",
                    "Several elements share the Id " + duplicates + " (signature wrapping)",
                    "Nhiều phần tử cùng Id " + duplicates + " (tấn công bao gói chữ ký)");
        }
        SignatureReport.Timestamp timestamp = XadesTimestamps.verify(el, v);
        boolean whole = true;
        X509Certificate cert = null;
        try (DetachedResolver resolver = new DetachedResolver(detached)) {
            XMLSignature xs = new XMLSignature(el, file.toUri().toString(), true);
            xs.setFollowNestedManifests(true);
            xs.addResourceResolver(resolver);
            SignedInfo si = xs.getSignedInfo();
            for (int r = 0; r < si.getLength(); r++) {
                Reference ref = si.item(r);
                String uri = ref.getURI();
                if (uri != null && uri.startsWith("#")) {
                    Element target = el.getOwnerDocument().getElementById(uri.substring(1));
                    if (target == null) {
                        v.indeterminate(
                                SubIndication.SIGNED_DATA_NOT_FOUND,
                                "REFERENCE_UNRESOLVED",
                                "Reference " + uri + " points to no element",
                                "Tham chiếu " + uri + " không trỏ tới phần tử nào");
                    } else if (COUNTERSIGNED.equals(ref.getType()) && target != parentSignatureValue(el)) {
                        // As EU DSS: what a counter-signature signs must be its parent's SignatureValue, else the
                        // parent's value does not match the signed digest (an injected counter-signature).
                        v.fail(
                                SubIndication.HASH_FAILURE,
                                "COUNTERSIGNED_VALUE_MISMATCH",
                                "The counter-signature does" + " not sign its parent signature's SignatureValue",
                                "Chữ ký đối chứng không ký giá trị" + " chữ ký của chữ ký gốc");
                    } else if (XADES_SIGNED_PROPS.equals(ref.getType()) && !ownSignedProperties(target, el)) {
                        v.indeterminate(
                                SubIndication.SIGNED_DATA_NOT_FOUND,
                                "FOREIGN_SIGNED_PROPERTIES",
                                "The signed" + " properties referenced are not this signature's own",
                                "SignedProperties được tham" + " chiếu không thuộc chữ ký này");
                    } else if (!XADES_SIGNED_PROPS.equals(ref.getType())
                            && !isDescendant(target, el)
                            && target != el.getOwnerDocument().getDocumentElement()) {
                        whole = false;
                    } else if (isDescendant(target, el)
                            && !XADES_SIGNED_PROPS.equals(ref.getType())
                            && !envelopedObject(target, el)) {
                        v.indeterminate(
                                SubIndication.SIGNED_DATA_NOT_FOUND,
                                "SIGNED_DATA_MISPLACED",
                                "Reference " + uri + " points inside the signature but not to a ds:Object",
                                "Tham chiếu trỏ vào trong chữ ký nhưng không phải ds:Object");
                    }
                } else if (DetachedResolver.isExternal(uri) && detached == null) {
                    v.indeterminate(
                            SubIndication.SIGNED_DATA_NOT_FOUND,
                            "DETACHED_CONTENT_MISSING",
                            "Reference " + uri + " points to detached content: give the signed file to verify it",
                            "Tham chiếu " + uri + " trỏ tới dữ liệu tách rời: cần cung cấp tệp đã ký để kiểm tra");
                } else if (uri == null) {
                    whole = false;
                }
            }
            if (si.getLength() == 0 || (xades && si.getLength() == 1)) {
                v.indeterminate(
                        SubIndication.SIGNED_DATA_NOT_FOUND,
                        "NO_SIGNED_DATA",
                        "The signature references no" + " signed data",
                        "Chữ ký không tham chiếu tới dữ liệu được ký");
            }
            cert = xs.getKeyInfo() == null ? null : xs.getKeyInfo().getX509Certificate();
            if (cert == null) {
                v.indeterminate(
                        SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                        "NO_SIGNING_CERT",
                        "No usable signing" + " certificate in KeyInfo",
                        "Không tìm thấy chứng thư số của người ký trong KeyInfo");
            } else if (!xs.checkSignatureValue(cert)) {
                boolean refsOk = true;
                for (int r = 0; r < si.getLength(); r++) {
                    refsOk &= si.getVerificationResult(r);
                }
                if (refsOk) {
                    v.fail(
                            SubIndication.SIG_CRYPTO_FAILURE,
                            "SIGNATURE_VALUE",
                            "The SignatureValue does not verify",
                            "Giá trị chữ ký không hợp lệ");
                } else {
                    v.fail(
                            SubIndication.HASH_FAILURE,
                            "REFERENCE_DIGEST",
                            "A signed reference's digest does not" + " match: the signed data was changed",
                            "Dữ liệu được ký đã bị thay đổi (giá trị băm không khớp)");
                }
            }
            if (cert != null) {
                CertificateChecks.digestPolicy(digestName(si), ctx.policy(), v);
                CertificateChecks.keyPolicy(cert, ctx.policy(), v);
                signingCertificate(signedProps, cert, v);
            }
        } catch (XMLSecurityException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("forbidden") || msg.contains("not allowed")) {
                v.weak(
                        "FORBIDDEN_ALGORITHM",
                        "Algorithm refused by secure validation: " + msg,
                        "Thuật toán bị từ chối vì không an toàn");
            } else {
                v.indeterminate(
                        SubIndication.SIGNED_DATA_NOT_FOUND,
                        "REFERENCE_ERROR",
                        "Cannot process the signature: " + msg,
                        "Không xử lý được chữ ký: không tìm thấy hoặc không đọc được dữ liệu được ký");
            }
        }
        if (!whole) {
            v.warn(
                    "PARTIAL_COVERAGE",
                    "Only part of the document is signed: content outside the signed element is" + " not protected",
                    "Chỉ một phần tài liệu được ký: nội dung ngoài phần được ký không được bảo vệ");
        }
        SignatureReport.Signer signer = cert == null
                ? null
                : new SignatureReport.Signer(
                        cert.getSubjectX500Principal().getName(),
                        cert.getIssuerX500Principal().getName(),
                        cert.getSerialNumber());
        if (cert != null && !v.failed()) {
            Instant at = timestamp != null && timestamp.valid()
                    ? timestamp.time()
                    : ctx.clock().instant();
            List<X509Certificate> pool = keyInfoCertificates(el, cert);
            CertificateChecks.chain(cert, pool, sigCtx, at, v);
            if (timestamped && longTerm != null && longTerm.covers(cert, pool, ctx)) {
                format = XadesArchive.verify(el, detached) ? "XAdES-BASELINE-LTA" : "XAdES-BASELINE-LT";
            }
        }
        return new SignatureReport(
                id, format, v.indication(), v.sub(), signer, signingTime, timestamp, whole, false, v.messages());
    }

    /** Every certificate of this signature's KeyInfo (the chain a signer ships), for path building. */
    private static List<X509Certificate> keyInfoCertificates(Element sig, X509Certificate signer) {
        List<X509Certificate> out = new ArrayList<>(List.of(signer));
        Element keyInfo = firstDescendant(sig, DSIG, "KeyInfo");
        if (keyInfo == null) {
            return out;
        }
        NodeList certs = keyInfo.getElementsByTagNameNS(DSIG, "X509Certificate");
        for (int i = 0; i < certs.getLength(); i++) {
            try {
                byte[] der = Base64.getMimeDecoder()
                        .decode(certs.item(i).getTextContent().strip());
                out.add((X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
            } catch (IllegalArgumentException | CertificateException ignored) {
                // an unreadable extra certificate cannot help the chain
            }
        }
        return out;
    }

    static final String XADES_SIGNED_PROPS = "http://uri.etsi.org/01903#SignedProperties";
    static final String COUNTERSIGNED = "http://uri.etsi.org/01903#CountersignedSignature";

    /** The ds:SignatureValue of the nearest enclosing ds:Signature of a counter-signature, or null. */
    private static Element parentSignatureValue(Element counterSignature) {
        for (Node n = counterSignature.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && DSIG.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element v
                            && DSIG.equals(v.getNamespaceURI())
                            && "SignatureValue".equals(v.getLocalName())) {
                        return v;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String digestName(SignedInfo si) throws XMLSecurityException {
        String uri = si.getLength() > 0 ? si.item(0).getMessageDigestAlgorithm().getAlgorithmURI() : "";
        if (uri.endsWith("#sha1")) {
            return "SHA1";
        }
        if (uri.endsWith("md5")) {
            return "MD5";
        }
        return "SHA256";
    }

    /** XAdES SigningCertificate(V2): the certificate digest must match the KeyInfo certificate. */
    private static void signingCertificate(Element signedProps, X509Certificate cert, Verdict v) {
        if (signedProps == null) {
            return;
        }
        Element certDigest = firstDescendant(signedProps, XADES, "CertDigest");
        if (certDigest == null) {
            return;
        }
        Element method = firstDescendant(certDigest, DSIG, "DigestMethod");
        Element value = firstDescendant(certDigest, DSIG, "DigestValue");
        if (method == null || value == null) {
            return;
        }
        String alg = method.getAttribute("Algorithm");
        String jca = alg.endsWith("sha512")
                ? "SHA-512"
                : alg.endsWith("sha384") ? "SHA-384" : alg.endsWith("sha1") ? "SHA-1" : "SHA-256";
        try {
            byte[] expected =
                    Base64.getMimeDecoder().decode(value.getTextContent().strip());
            if (!MessageDigest.isEqual(expected, MessageDigest.getInstance(jca).digest(cert.getEncoded()))) {
                v.indeterminate(
                        SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                        "SIGNING_CERT_DIGEST",
                        "The XAdES" + " SigningCertificate digest does not match the certificate",
                        "Giá trị băm chứng thư ký trong" + " XAdES không khớp với chứng thư");
            }
        } catch (Exception e) {
            v.warn(
                    "SIGNING_CERT_UNREADABLE",
                    "Unreadable XAdES SigningCertificate",
                    "Không đọc được SigningCertificate");
        }
    }

    private static Instant signingTime(Element signedProps) {
        Element t = signedProps == null ? null : firstDescendant(signedProps, XADES, "SigningTime");
        try {
            return t == null
                    ? null
                    : OffsetDateTime.parse(t.getTextContent().strip()).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Registers Id/ID/id attributes for reference resolution; returns the values found more than once. */
    private static Set<String> registerIds(Element e, Map<String, Element> seen, Set<String> duplicates) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String n = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (n.equals("Id") || n.equals("ID") || n.equals("id")) {
                if (seen.putIfAbsent(a.getValue(), e) != null) {
                    duplicates.add(a.getValue());
                } else {
                    e.setIdAttributeNode(a, true);
                }
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                registerIds(child, seen, duplicates);
            }
        }
        return duplicates;
    }

    /** Enveloping data must be a ds:Object child of this Signature (or a Manifest inside one), not nested deeper. */
    private static boolean envelopedObject(Element target, Element sig) {
        Node parent = target.getParentNode();
        if ("Object".equals(target.getLocalName()) && DSIG.equals(target.getNamespaceURI())) {
            return parent == sig;
        }
        if ("Manifest".equals(target.getLocalName()) && parent instanceof Element p) {
            return "Object".equals(p.getLocalName()) && p.getParentNode() == sig;
        }
        return false;
    }

    /** XAdES: SignedProperties inside QualifyingProperties (targeting this signature) inside a ds:Object child. */
    private static boolean ownSignedProperties(Element target, Element sig) {
        Node qp = target.getParentNode();
        if (!(qp instanceof Element q) || !"QualifyingProperties".equals(q.getLocalName())) {
            return false;
        }
        Node object = q.getParentNode();
        String sigId = sig.getAttribute("Id");
        boolean targets = sigId.isEmpty() || ("#" + sigId).equals(q.getAttribute("Target"));
        return object instanceof Element o && "Object".equals(o.getLocalName()) && o.getParentNode() == sig && targets;
    }

    private static boolean hasSignatureAncestor(Element e) {
        for (Node p = e.getParentNode(); p instanceof Element pe; p = p.getParentNode()) {
            if (DSIG.equals(pe.getNamespaceURI()) && "Signature".equals(pe.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDescendant(Node node, Node ancestor) {
        for (Node p = node; p != null; p = p.getParentNode()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static Element firstDescendant(Element root, String ns, String local) {
        NodeList l = root.getElementsByTagNameNS(ns, local);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }
}
