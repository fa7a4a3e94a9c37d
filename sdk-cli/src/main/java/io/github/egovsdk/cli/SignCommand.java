package io.github.egovsdk.cli;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.pdf.VisibleSignature;
import io.github.egovsdk.signature.revocation.CompositeRevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.xml.XadesSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code egov sign INPUT OUTPUT --key KEYSTORE.p12 [...]}: PAdES for PDFs, XAdES for XML, CAdES for anything else. */
@Command(name = "sign", mixinStandardHelpOptions = true, description = "Signs a file with a PKCS#12 key.")
final class SignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT")
    Path input;

    @Parameters(index = "1", paramLabel = "OUTPUT")
    Path output;

    @Option(names = "--key", required = true, paramLabel = "KEYSTORE.p12")
    Path keystore;

    @Option(names = "--password-env", defaultValue = "EGOV_KEY_PASSWORD", paramLabel = "VAR")
    String passwordEnv;

    @Option(names = "--alias")
    String alias;

    @Option(names = "--format", description = "pades, xades or cades (default from the input)")
    String format;

    @Option(names = "--level", paramLabel = "B-B|B-T|B-LT|B-LTA",
            description = "default B-T with --tsa, else B-B; B-LT (all formats) and B-LTA (PAdES) fetch OCSP/CRL data"
                    + " online")
    String level;

    @Option(names = "--tsa", paramLabel = "URL")
    String tsa;

    @Option(names = "--detached", description = "CAdES: a .p7s without the content; XAdES: a signature referencing"
            + " INPUT by its file name (keep both in one folder)")
    boolean detached;

    @Option(names = "--visible", paramLabel = "PAGE,X,Y,W,H")
    String visible;

    @Option(names = "--image", paramLabel = "PNG")
    Path image;

    @Option(names = "--reason")
    String reason;

    @Option(names = "--location")
    String location;

    @picocli.CommandLine.Mixin
    OutputOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String pw = System.getenv(passwordEnv);
        if (pw == null) {
            throw new EgovClientException("Set the key password in the environment variable " + passwordEnv);
        }
        SigningKey key = SigningKeys.fromPkcs12(keystore, pw.toCharArray(), alias);
        String fmt = format != null ? format.toLowerCase(Locale.ROOT) : defaultFormat(input);
        SignatureLevel lvl = level(fmt);
        boolean longTerm = lvl == SignatureLevel.B_LT || lvl == SignatureLevel.B_LTA;
        try (TsaClient tsaClient = tsa == null ? null : TsaClient.builder().endpoint(tsa).build();
                CompositeRevocationSource revocation = longTerm ? CompositeRevocationSource.ocspThenCrl() : null) {
            switch (fmt) {
                case "pades" -> PadesSigner.builder().key(key).tsa(tsaClient).level(lvl).revocation(revocation).build()
                        .sign(input, output, new PadesOptions(null, reason, location, visible()));
                case "cades" -> CadesSigner.builder().key(key).tsa(tsaClient).level(lvl).revocation(revocation).build()
                        .sign(input, output, detached);
                case "xades" -> {
                    XadesSigner signer = XadesSigner.builder().key(key).tsa(tsaClient).level(lvl)
                            .revocation(revocation).build();
                    if (detached) {
                        signer.signDetached(input, output);
                    } else {
                        signer.signEnveloped(input, output);
                    }
                }
                default -> throw new EgovClientException("--format " + fmt + " is not supported by this version"
                        + " (pades, xades, cades)");
            }
        }
        var out = spec.commandLine().getOut();
        if (options.json) {
            var root = Json.object().put("output", output.toString()).put("format", fmt).put("level", lvl.label())
                    .put("digestAlgorithm", key.defaultAlgorithm().digestAlgorithm());
            root.putObject("signer").put("subject", key.certificate().getSubjectX500Principal().getName())
                    .put("issuer", key.certificate().getIssuerX500Principal().getName())
                    .put("serialNumber", key.certificate().getSerialNumber().toString(16));
            Json.print(out, root);
        } else {
            out.println("Đã ký / signed: " + output + " (" + fmt.toUpperCase(Locale.ROOT) + " " + lvl.label() + ")");
            out.flush();
        }
        return EgovCli.OK;
    }

    /** The level asked for (default from --tsa), checked against the TSA and the format. */
    private SignatureLevel level(String fmt) {
        SignatureLevel lvl;
        try {
            lvl = level == null ? (tsa == null ? SignatureLevel.B_B : SignatureLevel.B_T) : SignatureLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new EgovClientException("--level is B-B, B-T, B-LT or B-LTA, not " + level);
        }
        if (lvl != SignatureLevel.B_B && tsa == null) {
            throw new EgovClientException("--level " + lvl.label() + " needs --tsa URL");
        }
        if (lvl == SignatureLevel.B_B && tsa != null) {
            throw new EgovClientException("--level B-B has no time-stamp: drop --tsa or use --level B-T");
        }
        if (lvl == SignatureLevel.B_LTA && !"pades".equals(fmt)) {
            throw new EgovClientException("--level B-LTA is supported for PAdES only in this version (XAdES and CAdES:"
                    + " up to B-LT)");
        }
        return lvl;
    }

    private VisibleSignature visible() throws Exception {
        if (visible == null) {
            return null;
        }
        String[] p = visible.split(",");
        if (p.length != 5) {
            throw new EgovClientException("--visible is PAGE,X,Y,W,H");
        }
        byte[] png = image == null ? null : Files.readAllBytes(image);
        String who = key().getSubjectX500Principal().getName();
        return new VisibleSignature(Integer.parseInt(p[0].strip()), Float.parseFloat(p[1]), Float.parseFloat(p[2]),
                Float.parseFloat(p[3]), Float.parseFloat(p[4]), png, List.of("Ký bởi: " + cn(who),
                        "Thời gian: " + java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .withNano(0)));
    }

    private java.security.cert.X509Certificate key() {
        return SigningKeys.fromPkcs12(keystore, System.getenv(passwordEnv).toCharArray(), alias).certificate();
    }

    private static String cn(String dn) {
        for (String part : dn.split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return dn;
    }

    private static String defaultFormat(Path in) {
        String n = in.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") ? "pades" : n.endsWith(".xml") ? "xades" : "cades";
    }
}
