package io.github.egovsdk.testkit.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleMaskTest {

    @Test
    void name_whenVietnameseFullName_keepsInitialsOnly() {
        assertThat(ConsoleMask.name("Nguyễn Thử Nghiệm")).isEqualTo("N. T. N.");
        assertThat(ConsoleMask.name("  Đặng   Thị  ")).isEqualTo("Đ. T.");
        assertThat(ConsoleMask.name(null)).isEmpty();
    }

    @Test
    void id_whenPersonalId_keepsFirstAndLastThreeDigits() {
        assertThat(ConsoleMask.id("001099012345")).isEqualTo("001******345");
        assertThat(ConsoleMask.text("SoDinhDanh 079301000222 không khớp"))
                .isEqualTo("SoDinhDanh 079******222 không khớp");
    }

    @Test
    void journal_whenOverCapacity_dropsTheOldestAndResetClears() {
        SandboxJournal j = new SandboxJournal();
        for (int i = 0; i < SandboxJournal.CAPACITY + 5; i++) {
            j.record("svc", "k", "n", String.valueOf(i));
        }
        assertThat(j.events("svc", "k")).hasSize(SandboxJournal.CAPACITY);
        assertThat(j.events("svc", "k").get(0).field("n")).isEqualTo("5");
        assertThat(j.lastSeq()).isEqualTo(SandboxJournal.CAPACITY + 5);
        j.clear();
        assertThat(j.eventsOfKind("k")).isEmpty();
        assertThat(j.lastSeq()).isZero();
    }
}
