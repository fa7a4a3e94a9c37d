package io.github.egovsdk.benchmarks;

import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One small HTTP call on loopback: raw Apache HttpClient 5 (same request, same pool) vs the SDK's signed VXP call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpCallBenchmark {
    private LoopbackServer server;
    private CloseableHttpClient raw;
    private HttpPost post;
    private VxpClient sdk;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new LoopbackServer();
        raw = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(20)
                        .setMaxConnPerRoute(20)
                        .build())
                .build();
        // The same request the SDK sends (POST, "{}" body, the same ten XroadVnpt-* headers), precomputed once:
        // the ratio then measures the SDK's own work — signing, pipeline, JSON — not a different request.
        post = new HttpPost(server.uri("/getReceivedEdocList"));
        post.setEntity(new StringEntity("{}", ContentType.APPLICATION_JSON));
        String[][] headers = {
            {"XroadVnpt-systemid", "vxp.bench.01"},
            {"XroadVnpt-servicetype", "eDoc"},
            {"XroadVnpt-messagetype", "edoc"},
            {"XroadVnpt-timestamp", "23112026T091500+0123"},
            {"XroadVnpt-Content-Type", "application/json"},
            {"XroadVnpt-sign-header-key", "systemid;servicetype;messagetype;timestamp;Content-Type"},
            {
                "XroadVnpt-sign-header",
                "{\"XroadVnpt-systemid\":\"vxp.bench.01\",\"XroadVnpt-servicetype\":\"eDoc\","
                        + "\"XroadVnpt-messagetype\":\"edoc\",\"XroadVnpt-timestamp\":\"23112026T091500+0123\","
                        + "\"XroadVnpt-Content-Type\":\"application/json\"}"
            },
            {"XroadVnpt-hash-header", "f51d2271398aec8ab1934f7ebf3518a718b927457d929d4f9d9e1b90e06aea21"},
            {"XroadVnpt-version", "3.0.201608"},
            {"Idempotency-Key", "vxp-getReceivedEdocList-0"},
            {"User-Agent", "raw-httpclient5"}
        };
        for (String[] h : headers) {
            post.setHeader(h[0], h[1]);
        }
        sdk = VxpClient.builder()
                .endpoint(server.uri("/"))
                .credentials(new VxpHmacSigner("vxp.bench.01", "bench-secret"))
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        raw.close();
        sdk.close();
        server.close();
    }

    @Benchmark
    public String rawHttpClient5() throws IOException {
        return raw.execute(post, response -> EntityUtils.toString(response.getEntity()));
    }

    /** The same small call through the SDK: HMAC-signed VXP headers, pipeline, JSON checked. */
    @Benchmark
    public int sdkSignedVxpCall() {
        return sdk.listReceived(MessageType.EDOC).size();
    }
}
