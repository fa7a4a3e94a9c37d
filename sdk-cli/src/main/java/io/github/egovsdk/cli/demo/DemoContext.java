package io.github.egovsdk.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the demo's steps share: the output folder, values handed from step to step, resources to close. */
public final class DemoContext implements AutoCloseable {
    private final Path output;
    private final PrintWriter out;
    private final Map<String, Object> values = new HashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    DemoContext(Path output, PrintWriter out) {
        this.output = output;
        this.out = out;
    }

    public Path output() {
        return output;
    }

    /** Prints a detail line under the current step. */
    public void detail(String line) {
        out.println("        " + line);
        out.flush();
    }

    public <T> T put(String key, T value) {
        values.put(key, value);
        return value;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("Demo state '" + key + "' is missing: an earlier step did not run");
        }
        return (T) v;
    }

    public <T extends AutoCloseable> T closeLater(T resource) {
        resources.add(0, resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable r : resources) {
            r.close();
        }
    }
}
