package io.github.egovsdk.core.http;

import io.github.egovsdk.core.config.ClientConfig;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a forked JVM with a small heap by {@link LargeBodyStreamingTest}: uploads a file through the pipeline, then
 * downloads the server's copy to another file. Exit code 0 = both transfers completed.
 */
public final class LargeBodyClientMain {
    private LargeBodyClientMain() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path upload = Path.of(args[1]);
        Path download = Path.of(args[2]);
        try (HttpPipeline pipeline =
                HttpPipeline.create(ClientConfig.builder().endpoint(base).build())) {
            try (HttpResponse r = pipeline.send(HttpRequest.builder(HttpMethod.PUT, base.resolve("/upload"))
                    .body(RequestBody.ofFile(upload, "application/octet-stream"))
                    .build())) {
                r.bodyAsString(1024);
            }
            try (HttpResponse r = pipeline.send(HttpRequest.builder(HttpMethod.GET, base.resolve("/download"))
                            .build());
                    OutputStream out = Files.newOutputStream(download)) {
                r.transferTo(out);
            }
        }
        System.out.println("heapMaxMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
