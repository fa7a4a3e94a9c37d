package io.github.egovsdk.edoc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.LocalStorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileOutputTest {

    @Test
    void write_whenDiskIsFull_throwsLocalStorageExceptionNamingTheFile() {
        // Linux's /dev/full answers every write with ENOSPC, as a full disk does
        Path full = Path.of("/dev/full");
        assertThatThrownBy(() -> {
                    try (LocalFileOutput out = LocalFileOutput.open(full)) {
                        out.write(new byte[8192], 0, 8192);
                    }
                })
                .isInstanceOfSatisfying(LocalStorageException.class, e -> {
                    assertThat(e.path()).isEqualTo("/dev/full");
                    assertThat(e).hasMessageContaining("Cannot write /dev/full").hasMessageContaining("Không ghi được");
                });
    }

    @Test
    void open_whenParentIsAFile_throwsLocalStorageException(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertThatThrownBy(() -> LocalFileOutput.open(file.resolve("child"))).isInstanceOf(LocalStorageException.class);
    }

    @Test
    void write_whenDiskWorks_writesTheBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ok.bin");
        try (LocalFileOutput out = LocalFileOutput.open(file)) {
            out.write(new byte[] {1, 2, 3}, 0, 3);
            out.write(4);
        }
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3, 4);
    }
}
