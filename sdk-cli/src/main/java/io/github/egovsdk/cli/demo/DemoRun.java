package io.github.egovsdk.cli.demo;

import io.github.egovsdk.core.privacy.Redactor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the demo's steps in order, printing each as a numbered step in Vietnamese and English, and a summary table.
 * A step that fails stops the run; the result says so honestly.
 */
public final class DemoRun {
    private final Path output;
    private final PrintWriter out;
    private final List<String[]> summary = new ArrayList<>();

    public DemoRun(Path output, PrintWriter out) {
        this.output = output;
        this.out = out;
    }

    /** One step: Vietnamese title, English title and the work, which returns a one-line result. */
    public interface Step {
        String run(DemoContext context) throws Exception;
    }

    public boolean run() throws Exception {
        Files.createDirectories(output);
        long started = System.nanoTime();
        try (DemoContext context = new DemoContext(output, out)) {
            List<DemoSteps.Named> steps = DemoSteps.all();
            for (int i = 0; i < steps.size(); i++) {
                DemoSteps.Named s = steps.get(i);
                out.printf("%n[%d/%d] %s%n      %s%n", i + 1, steps.size(), s.vi(), s.en());
                out.flush();
                long t0 = System.nanoTime();
                String result;
                try {
                    result = s.step().run(context);
                } catch (Exception e) {
                    out.println("      ✗ THẤT BẠI / FAILED: " + Redactor.redact(String.valueOf(e.getMessage())));
                    summary.add(new String[] {String.valueOf(i + 1), s.en(), "FAILED", String.valueOf(e.getMessage())});
                    printSummary(started);
                    return false;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                // A step that ran against the sandbox without its domain client says so: ◐, never a bare ✓.
                out.println("      " + (result.contains("PARTIAL") ? "◐ " : "✓ ") + result + " (" + ms + " ms)");
                summary.add(new String[] {
                    String.valueOf(i + 1), s.en(), result.contains("PARTIAL") ? "PARTIAL" : "OK", result
                });
            }
            printSummary(started);
            return true;
        }
    }

    private void printSummary(long started) {
        out.println();
        out.println("Tóm tắt / Summary");
        out.println("─".repeat(100));
        for (String[] row : summary) {
            out.printf(
                    "%-3s %-7s %-52s %s%n",
                    row[0], row[2], abbreviate(row[1], 52), abbreviate(Redactor.redact(row[3]), 56));
        }
        out.println("─".repeat(100));
        out.printf("Tệp kết quả / output files: %s%n", output.toAbsolutePath());
        out.printf("Thời gian / total time: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        out.flush();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
