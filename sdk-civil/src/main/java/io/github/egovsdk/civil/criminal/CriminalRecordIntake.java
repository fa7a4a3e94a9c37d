package io.github.egovsdk.civil.criminal;

import io.github.egovsdk.civil.internal.CivilJson;
import io.github.egovsdk.civil.internal.CriminalApplicationWire;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.core.EgovException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one-stop system's side of step (a) of the criminal-record flow: VNeID creates the dossier with {@code POST
 * …/LLTP/TaoHoSo?CodeGet=<shared code>} (anonymous; the code must equal a configured constant). {@link #parse} reads
 * the request into a {@link CriminalRecordApplication}; {@link #reply} writes the answer {@code {statusCode:
 * "00"|"01", data: null, errorDetail}} — "01" also when the dossier already exists and is not awaiting
 * supplementation; {@link #codeMatches} compares the shared code in constant time.
 */
public final class CriminalRecordIntake {
    private static final int MAX = 64 << 20;

    private CriminalRecordIntake() {}

    /**
     * Parses VNeID's request into a validated application — every field of {@code LLTP_VNEIDParams.Request}; a
     * {@code DataLGSP}-shaped body is read too. Only {@link EgovException} subclasses leave: a
     * {@link PayloadFormatException} when it is not a JSON object or has no {@code maHoSoMCDT}, an
     * {@link InvalidRegistrationException} naming every field in no accepted
     * format or breaking a rule ({@link CriminalRecordApplication#problems()}).
     */
    public static CriminalRecordApplication parse(String json) {
        if (json == null || json.length() > MAX) {
            throw new PayloadFormatException(
                    "request", "missing or over the size limit / thiếu hoặc quá lớn", true, null);
        }
        try {
            return CriminalApplicationWire.intake(CivilJson.parse(json));
        } catch (EgovException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PayloadFormatException(
                    "request",
                    "cannot decode (" + e.getClass().getSimpleName() + ") / không giải mã được",
                    false,
                    null);
        }
    }

    /** The JSON answer: {@code "00"} when created, {@code "01"} with the reason otherwise. */
    public static String reply(boolean created, String errorDetail) {
        var o = CivilJson.object();
        o.put("statusCode", created ? "00" : "01");
        o.putNull("data");
        CivilJson.put(o, "errorDetail", created ? null : errorDetail);
        return CivilJson.string(o);
    }

    /** Whether the {@code CodeGet} given equals the configured one (constant time). */
    public static boolean codeMatches(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
