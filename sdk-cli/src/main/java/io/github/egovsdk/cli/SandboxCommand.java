package io.github.egovsdk.cli;

import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxAgency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code egov sandbox [--port N]}: runs the embedded sandbox until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Runs the embedded sandbox of the services (offline) until interrupted.")
final class SandboxCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8089")
    int port;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        EgovSandbox sandbox = EgovSandbox.start(port);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stop.countDown();
        }));
        var out = spec.commandLine().getOut();
        out.println("EGov sandbox đang chạy / running at " + sandbox.baseUri());
        out.println("  health:           GET " + sandbox.baseUri() + "__health");
        out.println("  VXP axis (trục):  " + sandbox.axisEndpoint());
        out.println("  TSA (RFC 3161):   " + sandbox.tsaEndpoint());
        out.println("  Sandbox agencies and node credentials (synthetic, never real):");
        for (SandboxAgency a : List.of(EgovSandbox.AGENCY_A, EgovSandbox.AGENCY_B, EgovSandbox.AGENCY_C)) {
            out.println("    " + a.organId() + "  " + a.name() + "  systemId=" + a.systemId() + "  secret=" + a.secret());
        }
        out.println("Ctrl+C to stop / dừng.");
        out.flush();
        stop.await();
        return EgovCli.OK;
    }
}
