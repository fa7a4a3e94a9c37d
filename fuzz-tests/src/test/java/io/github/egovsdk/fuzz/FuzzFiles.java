package io.github.egovsdk.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary files of the harnesses (under the build folder: surefire sets java.io.tmpdir to target/). */
final class FuzzFiles {
    private FuzzFiles() {}

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the fuzz input", e);
        }
    }

    static void emptyFolder(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (folder != null && Files.exists(folder)) {
            emptyFolder(folder);
            Files.delete(folder);
        }
    }
}
