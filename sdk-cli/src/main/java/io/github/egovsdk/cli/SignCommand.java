package io.github.egovsdk.cli;

import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.pdf.VisibleSignature;
import io.github.egovsdk.signature.revocation.CompositeRevocationSource;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.xml.XadesSigner;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code egov sign INPUT OUTPUT --key KEYSTORE.p12 [...]}: PAdES for PDFs, XAdES for XML, CAdES for anything else. */
@Command(name = "sign", mixinStandardHelpOptions = true, description = "Signs a file with a PKCS#12 key.")
final class SignCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT... OUTPUT",
            description = "INPUT OUTPUT, or with --output-dir"
                    + " any number of INPUT files (signed in parallel, then summarised).")
    List<Path> paths;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Sign every INPUT into DIR under its own name"
                    + " (.p7s added for a detached CAdES signature). Default: none (INPUT OUTPUT).")
    Path outputDir;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Files signed at once. Default: the number of processors.")
    Integer jobs;

    private Path input;
    private Path output;

    @Option(names = "--key", required = true, paramLabel = "KEYSTORE.p12", description = "The PKCS#12 key store.")
    Path keystore;

    @Option(
            names = "--password-env",
            defaultValue = "EGOV_KEY_PASSWORD",
            paramLabel = "VAR",
            description = "Environment variable holding the key store password.")
    String passwordEnv;

    @Option(names = "--alias", description = "Key alias in the key store. Default: the only or first key.")
    String alias;

    @Option(
            names = "--format",
            paramLabel = "pades|xades|cades",
            description = "Signature format. Default: from the input (.pdf pades, .xml xades, else cades).")
    String format;

    @Option(
            names = "--level",
            paramLabel = "B-B|B-T|B-LT|B-LTA",
            description = "default B-T with --tsa, else B-B; B-LT (all formats) and B-LTA (PAdES) fetch OCSP/CRL data"
                    + " online")
    String level;

    @Option(names = "--tsa", paramLabel = "URL", description = "Time-stamp authority (RFC 3161). Default: none.")
    String tsa;

    @Option(
            names = "--detached",
            description = "CAdES: a .p7s without the content; XAdES: a signature referencing"
                    + " INPUT by its file name (keep both in one folder)")
    boolean detached;

    @Option(
            names = "--visible",
            paramLabel = "PAGE,X,Y,W,H",
            description = "PAdES: a visible signature box on PAGE (points). Default: invisible.")
    String visible;

    @Option(names = "--image", paramLabel = "PNG", description = "PAdES: an image in the visible box. Default: none.")
    Path image;

    @Option(names = "--reason", description = "PAdES: the reason for signing. Default: none.")
    String reason;

    @Option(names = "--location", description = "PAdES: where it was signed. Default: none.")
    String location;

    @picocli.CommandLine.Mixin
    OutputOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String pw = System.getenv(passwordEnv);
        if (pw == null) {
            throw UserError.usage(
                    "Set the key password in the environment variable " + passwordEnv,
                    "Hãy đặt mật khẩu khóa trong biến môi trường " + passwordEnv);
        }
        SigningKey key = SigningKeys.fromPkcs12(keystore, pw.toCharArray(), alias);
        List<Path[]> tasks = tasks();
        if (tasks.size() > 1) {
            return new SignBatch(this, key, jobs, options.json, spec.commandLine()).run(tasks);
        }
        input = tasks.get(0)[0];
        output = tasks.get(0)[1];
        var out = spec.commandLine().getOut();
        String fmt = signOne(key, input, output);
        if (options.json) {
            Json.print(out, result(key, output, fmt));
        } else {
            out.println(CliLang.t("Đã ký: ", "Signed: ") + output + " (" + fmt.toUpperCase(Locale.ROOT) + " "
                    + level(fmt).label() + ")");
            out.flush();
        }
        return EgovCli.OK;
    }

    /** (input, output) pairs: INPUT OUTPUT, or every INPUT into --output-dir. */
    private List<Path[]> tasks() {
        if (outputDir == null) {
            if (paths.size() != 2) {
                throw UserError.usage(
                        "Give INPUT OUTPUT, or INPUT... with --output-dir DIR",
                        "Hãy cho INPUT OUTPUT, hoặc INPUT... cùng --output-dir DIR");
            }
            return List.<Path[]>of(new Path[] {paths.get(0), paths.get(1)});
        }
        if (!Files.isDirectory(outputDir)) {
            throw new UserError(
                    "FILE_NOT_FOUND",
                    EgovCli.USAGE,
                    "Output folder not found: " + outputDir,
                    "Không tìm thấy thư mục đích: " + outputDir);
        }
        return paths.stream()
                .map(in -> new Path[] {
                    in,
                    outputDir.resolve(
                            in.getFileName().toString() + (detached && "cades".equals(format(in)) ? ".p7s" : ""))
                })
                .toList();
    }

    private String format(Path in) {
        return format != null ? format.toLowerCase(Locale.ROOT) : defaultFormat(in);
    }

    /** Signs one file (thread-safe: every call builds its own clients); returns the format used. */
    String signOne(SigningKey key, Path in, Path out) throws Exception {
        String fmt = format(in);
        SignatureLevel lvl = level(fmt);
        boolean longTerm = lvl == SignatureLevel.B_LT || lvl == SignatureLevel.B_LTA;
        try (TsaClient tsaClient =
                        tsa == null ? null : TsaClient.builder().endpoint(tsa).build();
                CompositeRevocationSource revocation = longTerm ? CompositeRevocationSource.ocspThenCrl() : null) {
            switch (fmt) {
                case "pades" ->
                    PadesSigner.builder()
                            .key(key)
                            .tsa(tsaClient)
                            .level(lvl)
                            .revocation(revocation)
                            .build()
                            .sign(in, out, new PadesOptions(null, reason, location, visible(key)));
                case "cades" ->
                    CadesSigner.builder()
                            .key(key)
                            .tsa(tsaClient)
                            .level(lvl)
                            .revocation(revocation)
                            .build()
                            .sign(in, out, detached ? SignOptions.detached() : SignOptions.enveloping());
                case "xades" ->
                    XadesSigner.builder()
                            .key(key)
                            .tsa(tsaClient)
                            .level(lvl)
                            .revocation(revocation)
                            .build()
                            .sign(in, out, detached ? SignOptions.detached() : SignOptions.enveloped());
                default ->
                    throw UserError.usage(
                            "--format " + fmt + " is not supported by this version" + " (pades, xades, cades)",
                            "--format " + fmt + " chưa được hỗ trợ (pades, xades, cades)");
            }
        }
        return fmt;
    }

    /** The JSON object of one signed file (the contract's shape). */
    ObjectNode result(SigningKey key, Path out, String fmt) {
        var root = Json.object()
                .put("output", out.toString())
                .put("format", fmt)
                .put("level", level(fmt).label())
                .put("digestAlgorithm", key.defaultAlgorithm().digestAlgorithm());
        root.putObject("signer")
                .put("subject", key.certificate().getSubjectX500Principal().getName())
                .put("issuer", key.certificate().getIssuerX500Principal().getName())
                .put("serialNumber", key.certificate().getSerialNumber().toString(16));
        return root;
    }

    /** The level asked for (default from --tsa), checked against the TSA and the format. */
    private SignatureLevel level(String fmt) {
        SignatureLevel lvl = level == null
                ? (tsa == null ? SignatureLevel.B_B : SignatureLevel.B_T)
                : SignatureLevel.fromCode(level)
                        .orElseThrow(() -> UserError.usage(
                                "--level is B-B, B-T, B-LT or B-LTA, not " + level,
                                "--level là B-B, B-T, B-LT hoặc B-LTA, không phải " + level));
        if (lvl != SignatureLevel.B_B && tsa == null) {
            throw UserError.usage(
                    "--level " + lvl.label() + " needs --tsa URL", "--level " + lvl.label() + " cần --tsa URL");
        }
        if (lvl == SignatureLevel.B_B && tsa != null) {
            throw UserError.usage(
                    "--level B-B has no time-stamp: drop --tsa or use --level B-T",
                    "--level B-B không có dấu thời gian: bỏ --tsa hoặc dùng --level B-T");
        }
        if (lvl == SignatureLevel.B_LTA && !"pades".equals(fmt)) {
            throw UserError.usage(
                    "--level B-LTA is supported for PAdES only in this version (XAdES and CAdES:" + " up to B-LT)",
                    "--level B-LTA hiện chỉ hỗ trợ PAdES (XAdES và CAdES: tối đa B-LT)");
        }
        return lvl;
    }

    private VisibleSignature visible(SigningKey key) throws Exception {
        if (visible == null) {
            return null;
        }
        String[] p = visible.split(",");
        if (p.length != 5) {
            throw UserError.usage("--visible is PAGE,X,Y,W,H (numbers)", "--visible có dạng PAGE,X,Y,W,H (các số)");
        }
        byte[] png = image == null ? null : Files.readAllBytes(image);
        String who = key.certificate().getSubjectX500Principal().getName();
        float[] v = new float[5];
        try {
            for (int i = 0; i < 5; i++) {
                v[i] = Float.parseFloat(p[i].strip());
            }
        } catch (NumberFormatException e) {
            throw UserError.usage(
                    "--visible is PAGE,X,Y,W,H (numbers), not " + visible,
                    "--visible có dạng PAGE,X,Y,W,H (các số), không phải " + visible);
        }
        return new VisibleSignature(
                (int) v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                png,
                List.of(
                        "Ký bởi: " + cn(who),
                        "Thời gian: "
                                + OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                                        .withNano(0)));
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
