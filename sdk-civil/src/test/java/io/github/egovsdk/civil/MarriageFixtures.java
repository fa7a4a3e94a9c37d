package io.github.egovsdk.civil;

import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.registration.CivilAddress;
import io.github.egovsdk.civil.registration.IdentityDocument;
import io.github.egovsdk.civil.registration.MarriageParty;
import io.github.egovsdk.civil.registration.MarriageRegistration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A marriage registration with every {@code DataDKKH} field filled (placeholder people). */
public final class MarriageFixtures {
    public static final String HUSBAND = "NGUYEN VAN AN";
    public static final String WIFE = "TRAN THI BINH";
    public static final String HUSBAND_ID = "001095012345";
    public static final String WIFE_ID = "001197054321";

    private MarriageFixtures() {}

    public static MarriageParty husband() {
        return new MarriageParty(
                HUSBAND,
                LocalDate.of(1995, 3, 4),
                "01",
                null,
                "VN",
                "1",
                new CivilAddress("27", "256", "09193", "Thôn 1, xã Y"),
                new IdentityDocument("1", HUSBAND_ID, null, LocalDate.of(2021, 5, 6), "Cục CSQLHC về TTXH"),
                HUSBAND_ID,
                0,
                "1",
                "Chưa kết hôn",
                "1",
                null);
    }

    public static MarriageParty wife() {
        return new MarriageParty(
                WIFE,
                LocalDate.of(1997, 7, 8),
                "01",
                null,
                "VN",
                "1",
                new CivilAddress("27", "256", "09194", "Thôn 2, xã Z"),
                new IdentityDocument("1", WIFE_ID, null, LocalDate.of(2022, 1, 2), "Cục CSQLHC về TTXH"),
                WIFE_ID,
                0,
                "1",
                "Chưa kết hôn",
                "1",
                "09194");
    }

    public static MarriageRegistration registration() {
        return new MarriageRegistration("09193", "Đăng ký tại UBND xã", 1, "1", null, 2, husband(), wife(), "0");
    }

    public static List<Attachment> attachments() {
        return List.of(
                new Attachment(1, 7, "Tờ khai đăng ký kết hôn", "to-khai.pdf", false, CivilFixtures.PDF),
                new Attachment(2, 7, "Bản đã hủy", "huy.pdf", true, "x".getBytes(StandardCharsets.US_ASCII)));
    }
}
