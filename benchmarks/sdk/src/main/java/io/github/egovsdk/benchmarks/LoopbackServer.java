package io.github.egovsdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A tiny JSON endpoint on 127.0.0.1 answering like the axis's getReceivedEdocList, for the HTTP-call benchmark. */
public final class LoopbackServer implements AutoCloseable {
    private static final byte[] BODY =
            "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[]}".getBytes(StandardCharsets.UTF_8);
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    public LoopbackServer() throws IOException {
        // Without TCP_NODELAY the JDK server hits the 40 ms delayed-ACK stall on every response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
