package io.github.egovsdk.testkit;

import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.registration.CivilAddress;
import io.github.egovsdk.civil.registration.IdentityDocument;
import io.github.egovsdk.civil.registration.MarriageParty;
import io.github.egovsdk.civil.registration.MarriageRegistration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A synthetic couple registering their marriage at a sandbox commune. */
final class SandboxMarriages {
    static final String HUSBAND = "NGUYỄN THỬ CHỒNG";
    static final String WIFE = "TRẦN THỬ VỢ";

    private SandboxMarriages() {}

    static MarriageRegistration registration() {
        MarriageParty h = new MarriageParty(
                HUSBAND,
                LocalDate.of(1995, 3, 4),
                "01",
                null,
                "VN",
                "1",
                new CivilAddress("27", "256", SandboxCivil.UNIT, "Thôn Thử, xã Sandbox"),
                new IdentityDocument("1", "027095000111", null, LocalDate.of(2021, 5, 6), "Cục CSQLHC về TTXH"),
                "027095000111",
                0,
                "1",
                "Chưa kết hôn",
                "1",
                null);
        MarriageParty w = new MarriageParty(
                WIFE,
                LocalDate.of(1997, 7, 8),
                "01",
                null,
                "VN",
                "1",
                new CivilAddress("27", "256", SandboxCivil.UNIT, "Thôn Thử, xã Sandbox"),
                new IdentityDocument("1", "027197000222", null, LocalDate.of(2022, 1, 2), "Cục CSQLHC về TTXH"),
                "027197000222",
                0,
                "1",
                "Chưa kết hôn",
                "1",
                null);
        return new MarriageRegistration(SandboxCivil.UNIT, null, 1, "1", null, 1, h, w, "0");
    }

    static List<Attachment> attachments() {
        return List.of(new Attachment(
                1,
                1,
                "Tờ khai đăng ký kết hôn",
                "to-khai-ket-hon.pdf",
                false,
                "%PDF-1.4\n% to khai (sandbox)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    }
}
