package io.github.egovsdk.vneid.internal.chip;

import io.github.egovsdk.vneid.chip.ChipFormatException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Reads an ICAO CSCA master list (ICAO 9303 Part 12): a CMS SignedData of content type {@code id-icao-cscaMasterList}
 * (2.23.136.1.1.2) holding {@code CscaMasterList { version, SET OF Certificate }}. The CMS signature must verify with
 * the embedded master-list signer certificate, and that certificate must be issued by a CSCA of the list itself or by
 * an already trusted CSCA; otherwise the list is refused.
 */
public final class MasterListReader {
    private static final String FILE = "master list";

    private MasterListReader() {}

    public static List<X509Certificate> read(byte[] der, Collection<X509Certificate> alreadyTrusted) {
        byte[] bytes = der;
        List<byte[]> pem = TrustLoader.pemBlocks(der, "CMS", FILE);
        if (!pem.isEmpty()) {
            bytes = pem.get(0);
        }
        Tlv.parse(FILE, bytes, TrustLoader.MAX_FILE, 0x30).checkStructure();
        CMSSignedData cms;
        CscaMasterList list;
        try {
            cms = new CMSSignedData(bytes);
            if (!ICAOObjectIdentifiers.id_icao_cscaMasterList.getId().equals(cms.getSignedContentTypeOID())) {
                throw Tlv.error(
                        FILE,
                        "CONTENT_TYPE",
                        "the signed content is not a CscaMasterList (2.23.136.1.1.2)",
                        "nội dung được ký không phải CscaMasterList (2.23.136.1.1.2)");
            }
            list = CscaMasterList.getInstance(cms.getSignedContent().getContent());
        } catch (ChipFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new ChipFormatException(
                    FILE,
                    "CMS_STRUCTURE",
                    "not a CMS SignedData master list",
                    "không phải danh sách CSCA dạng CMS SignedData",
                    e);
        }
        List<X509Certificate> cscas = new ArrayList<>();
        for (Certificate c : list.getCertStructs()) {
            cscas.add(Bc.certificate(new X509CertificateHolder(c), FILE));
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw Tlv.error(
                    FILE,
                    "SIGNER_COUNT",
                    "expected one signer, found " + signers.size(),
                    "cần đúng một người ký, có " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw Tlv.error(
                    FILE,
                    "SIGNER_CERTIFICATE",
                    "the master-list signer certificate is not embedded",
                    "chứng thư của người ký danh sách không được đính kèm");
        }
        X509Certificate signerCert = Bc.certificate(matches.iterator().next(), FILE);
        boolean signatureOk;
        try {
            signatureOk = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Bc.PROVIDER)
                    .build(signerCert.getPublicKey()));
        } catch (Exception e) {
            signatureOk = false;
        }
        if (!signatureOk) {
            throw Tlv.error(
                    FILE,
                    "ML_SIGNATURE",
                    "the master-list signature does not verify",
                    "chữ ký của danh sách CSCA không hợp lệ");
        }
        List<X509Certificate> issuers = new ArrayList<>(cscas);
        issuers.addAll(alreadyTrusted);
        if (Certificates.findIssuer(signerCert, issuers).isEmpty()) {
            throw Tlv.error(
                    FILE,
                    "ML_SIGNER_UNTRUSTED",
                    "the master-list signer is not issued by a CSCA of the list " + "or a trusted CSCA",
                    "người ký danh sách không do CSCA trong danh sách hoặc CSCA tin cậy cấp");
        }
        return cscas;
    }
}
