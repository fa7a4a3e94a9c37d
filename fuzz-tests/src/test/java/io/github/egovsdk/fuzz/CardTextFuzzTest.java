package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.vneid.card.CardQr;
import io.github.egovsdk.vneid.card.Mrz;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Text read from a card: the QR and the MRZ ("never throws on user input" — not even a typed error) and the personal
 * ID number ({@code check} never throws, {@code of} throws only ValidationException, and they agree).
 */
class CardTextFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "6s")
    void cardQr(FuzzedDataProvider data) {
        CardQr qr = CardQr.parse(data.consumeRemainingAsString());
        if (qr.valid() && !qr.errors().isEmpty()) {
            throw new AssertionError("A QR reported valid with errors: " + qr.errors());
        }
    }

    @FuzzTest(maxDuration = "6s")
    void mrz(FuzzedDataProvider data) {
        Mrz.parse(data.consumeString(60), data.consumeString(60), data.consumeRemainingAsString(), CLOCK);
    }

    @FuzzTest(maxDuration = "6s")
    void personalId(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        PersonalIdNumber.Result r = PersonalIdNumber.check(text);
        boolean parsed;
        try {
            PersonalIdNumber.of(text);
            parsed = true;
        } catch (ValidationException e) {
            parsed = false;
        }
        if (parsed && !r.valid()) {
            throw new AssertionError("of() accepted what check() refuses: " + r);
        }
    }
}
