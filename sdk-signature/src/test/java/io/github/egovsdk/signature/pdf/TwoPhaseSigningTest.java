package io.github.egovsdk.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.security.Signature;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepare on the server, sign only the digest elsewhere (as a token or plugin does), complete on the server. */
class TwoPhaseSigningTest {

    @Test
    void prepareThenComplete_whenDigestSignedExternally_givesAValidSignature(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        Path pdf = SignThenVerifyTest.letter(dir);
        TwoPhasePadesSigner.Prepared prepared = TwoPhasePadesSigner.prepare(pdf, dir.resolve("prepared.pdf"),
                List.of(pki.signer, pki.ca), SignatureAlgorithm.RSA_SHA256, new PadesOptions("Nguyễn Văn An",
                        "Ký qua plugin", "Bắc Ninh", null));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(prepared.state()); // the state survives a round trip through storage
        }
        TwoPhasePadesSigner.State state;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            state = (TwoPhasePadesSigner.State) in.readObject();
        }
        // The "remote" side only sees the 32-byte digest: raw RSA over DigestInfo(SHA-256, digest).
        assertThat(prepared.digest()).hasSize(32);
        Signature raw = Signature.getInstance("NONEwithRSA");
        raw.initSign(pki.signerKey());
        raw.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                prepared.digest()).getEncoded());
        Path signed = TwoPhasePadesSigner.complete(state, raw.sign(), dir.resolve("signed.pdf"));

        SignatureReport r = SignatureValidator.builder().trustAnchor(pki.root).build().validate(signed)
                .signatures().get(0);
        assertThat(r.indication()).as(r.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.format()).isEqualTo("PAdES-BASELINE-B");
        assertThat(r.coversWholeDocument()).isTrue();
    }
}
