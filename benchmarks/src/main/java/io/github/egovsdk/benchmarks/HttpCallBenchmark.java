package io.github.egovsdk.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One small HTTP call on loopback: raw Apache HttpClient 5 vs the SDK's signed VXP call through its pipeline. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpCallBenchmark {
    private LoopbackServer server;
    private CloseableHttpClient raw;
    private HttpGet get;
    private io.github.egovsdk.edoc.vxp.VxpClient sdk;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new LoopbackServer();
        raw = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(20).setMaxConnPerRoute(20).build())
                .build();
        get = new HttpGet(server.uri("/getReceivedEdocList"));
        sdk = io.github.egovsdk.edoc.vxp.VxpClient.builder().endpoint(server.uri("/"))
                .credentials(new io.github.egovsdk.core.auth.VxpHmacSigner("vxp.bench.01", "bench-secret")).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        raw.close();
        sdk.close();
        server.close();
    }

    @Benchmark
    public String rawHttpClient5() throws IOException {
        return raw.execute(get, response -> EntityUtils.toString(response.getEntity()));
    }

    /** The same small call through the SDK: HMAC-signed VXP headers, pipeline, JSON checked. */
    @Benchmark
    public int sdkSignedVxpCall() {
        return sdk.listReceived(io.github.egovsdk.edoc.vxp.MessageType.EDOC).size();
    }
}
