package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.edoc.EdxmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** edXML reader in both modes: attachments hashed only, and attachments written to a folder. */
class EdxmlReaderFuzzTest {
    private static final EdxmlReader HASH_ONLY = EdxmlReader.builder().build();
    private static Path folder;
    private static EdxmlReader extracting;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("fuzz-edxml");
        extracting = EdxmlReader.builder()
                .attachmentDirectory(folder)
                .unwrapZippedAttachments(true)
                .build();
    }

    @AfterAll
    static void clean() throws IOException {
        FuzzFiles.deleteTree(folder);
    }

    @FuzzTest(maxDuration = "6s")
    void hashOnly(byte[] input) {
        Contract.typedErrorsOnly(() -> HASH_ONLY.read(new ByteArrayInputStream(input)));
    }

    /** Extracting: on failure nothing may be left half-written in the attachment folder. */
    @FuzzTest(maxDuration = "6s")
    void extracting(byte[] input) throws IOException {
        try {
            extracting.read(new ByteArrayInputStream(input));
        } catch (EgovException e) {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isPresent()) {
                    throw new AssertionError("A failed read left files in the attachment folder", e);
                }
            }
        }
        FuzzFiles.emptyFolder(folder);
    }
}
