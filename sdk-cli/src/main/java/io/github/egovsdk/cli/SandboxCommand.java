package io.github.egovsdk.cli;

import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxAgency;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code egov sandbox [--port N]}: runs the embedded sandbox of every service until interrupted. */
@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        description = "Runs the embedded sandbox of every service (axis, portal, payment, VNeID/SSO, population DB,"
                + " TSA) until interrupted, and prints base URLs and sandbox credentials.")
final class SandboxCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            defaultValue = "8089",
            description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 = any).")
    int port;

    @Option(
            names = "--pki-dir",
            paramLabel = "DIR",
            description = "Also write the sandbox root (sandbox-root.pem) and a signing key (sandbox-signer.p12,"
                    + " password 'sandbox') there, for egov sign / egov verify --trust.")
    Path pkiDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** For tests: counted down once the sandbox is up; the command then waits on {@link #stop}. */
    final CountDownLatch started = new CountDownLatch(1);

    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        EgovSandbox instance;
        try {
            instance = EgovSandbox.start(port);
        } catch (RuntimeException e) {
            spec.commandLine()
                    .getErr()
                    .println("egov sandbox: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                            + ") — cổng đang được dùng? chọn cổng khác bằng --port / port in use? choose "
                            + "another with --port");
            spec.commandLine().getErr().flush();
            return EgovCli.USAGE;
        }
        try (EgovSandbox sandbox = instance) {
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            print(sandbox, spec.commandLine().getOut());
            started.countDown();
            stop.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: nothing to remove
            }
        }
        return EgovCli.OK;
    }

    private void print(EgovSandbox s, PrintWriter out) throws Exception {
        out.println("EGov sandbox đang chạy / running at " + s.baseUrl() + "  (dữ liệu giả lập / synthetic data)");
        out.println("  console (bảng điều khiển) " + s.consoleUri() + "   mở trong trình duyệt / open in a browser");
        out.println("  health               GET " + s.healthEndpoint());
        out.println("  reset state          POST " + s.baseUrl() + "/__reset");
        out.println("  VXP axis (trục)      POST " + s.axisEndpoint() + "{method}   HMAC headers XroadVnpt-*");
        out.println("  DVCQG portal         POST " + s.portalEndpoint() + "login, " + s.portalEndpoint() + "api"
                + "   header dstcode; user " + EgovSandbox.PORTAL_USERNAME + " / " + EgovSandbox.PORTAL_PASSWORD);
        out.println("                       end every session (test re-login): POST " + s.portalEndpoint()
                + "__expire-sessions");
        out.println("  payment (thanh toán) POST " + s.paymentEndpoint() + "init | query | receipt   MaDoiTac "
                + EgovSandbox.PAYMENT_PARTNER + ", secret " + EgovSandbox.PAYMENT_SECRET);
        out.println("                       payer page GET " + s.paymentEndpoint() + "pay/{MaThamChieu}?result=success;"
                + " callback URL: POST " + s.paymentEndpoint() + "__callback-url {\"url\":\"...\"}");
        out.println("  portal SSO (OIDC)    " + s.ssoIssuer() + "/.well-known/openid-configuration   client "
                + EgovSandbox.SSO_CLIENT_ID + " / " + EgovSandbox.SSO_CLIENT_SECRET);
        out.println("  VNeID                " + s.vneidEndpoint() + "auth | token | userinfo   client "
                + EgovSandbox.VNEID_CLIENT_ID + " / " + EgovSandbox.VNEID_CLIENT_SECRET);
        out.println("                       sandbox login: add login_hint=<citizen number> to the authorize URL");
        out.println("  population DB        POST " + s.populationEndpoint() + "ChiaSeThongTinCongDan |"
                + " XacThucThongTinCongDan");
        out.println("  population DB SOAP   POST " + s.populationSoapEndpoint() + "   (TraCuuThongTinCongDan, …)");
        out.println("  LGSP gateway         POST " + s.lgspEndpoint() + "{a|a2|b|c|d|e|g}/{soap|json}/{Operation}"
                + "   credentials: io.github.egovsdk.testkit.SandboxGateways");
        out.println("  Social Security egw  POST " + s.socialSecurityEndpoint() + "api/token/take | api/egw/"
                + "KQNhanLichSuKCB2024 | api/hssk/gksk | api/hososuckhoe/guiGiayToDienTu   user "
                + SandboxSocialSecurity.USERNAME + " / "
                + SandboxSocialSecurity.PASSWORD + ", officer "
                + SandboxSocialSecurity.OFFICER_NAME + " "
                + SandboxSocialSecurity.OFFICER_ID);
        out.println("  TSA (RFC 3161)       POST " + s.tsaEndpoint());
        out.println("  OCSP (RFC 6960)      POST " + s.ocspEndpoint());
        out.println("  Agencies on the axis (cơ quan) — code, node systemId, node secret:");
        for (SandboxAgency a : s.agencies()) {
            out.println("    " + a.organId() + "  " + a.systemId() + "  " + a.secret() + "  " + a.name());
        }
        out.println("  Citizens (công dân thử nghiệm) — number, name, date of birth:");
        for (SandboxCitizen c : s.citizens()) {
            out.println("    " + c.personalId() + "  " + c.fullName() + "  " + c.dateOfBirth());
        }
        if (pkiDir != null) {
            Files.createDirectories(pkiDir);
            Path root = s.pki().writeRootPem(pkiDir.resolve("sandbox-root.pem"));
            Path p12 = s.pki().writeOfficerPkcs12(pkiDir.resolve("sandbox-signer.p12"), "sandbox".toCharArray());
            out.println("  PKI: trust " + root + "; sign with " + p12 + " (EGOV_KEY_PASSWORD=sandbox)");
        }
        out.println("Ctrl+C để dừng / to stop.");
        out.flush();
    }
}
