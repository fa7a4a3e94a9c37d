package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.civil.internal.DetailDecoder;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes an interconnected dossier exactly as the DVCLT software's detail call
 * ({@code GET …/api/lienthongdvclt/hosolienthong/{id}}) returns it: the reply {@code {"data": {…, "data": "<JSON
 * string>"}}} whose encoded inner layer carries the civil-status XML ({@code <hoTich>} under a root whose name is not
 * published — any root is accepted) and the attachments.
 *
 * <p>Safe for untrusted input: sizes are bounded ({@link PayloadLimits}), the XML parser refuses DTDs and entities,
 * and only {@link io.github.egovsdk.core.EgovException} subclasses leave: {@link
 * io.github.egovsdk.civil.registration.PayloadFormatException} when the payload cannot be read,
 * {@link InvalidRegistrationException} (from {@link #decode}) when it can but a required field is missing or invalid.
 * Every field's requiredness is unpublished; the SDK requires the interconnect code, the procedure code, the module
 * and the fields the hand-off to the Ministry of Justice needs (see {@link
 * io.github.egovsdk.civil.registration.BirthRegistration} and {@link
 * io.github.egovsdk.civil.registration.DeathRegistration}).
 *
 * <p>Example:
 * <pre>{@code
 * InterconnectDossier d = InterconnectPayloads.decode(detailJson);   // the DVCLT's double-encoded detail reply
 * if (d.registration() instanceof BirthRegistration b) {
 *     b.child().name(); b.child().birthDate(); b.requester().relationship();
 * }
 * }</pre>
 */
public final class InterconnectPayloads {
    private InterconnectPayloads() {}

    /** The valid dossier, or {@link InvalidRegistrationException} naming every bad field. */
    public static InterconnectDossier decode(String detailJson) {
        return decode(detailJson, PayloadLimits.DEFAULT);
    }

    public static InterconnectDossier decode(String detailJson, PayloadLimits limits) {
        DecodedDossier d = inspect(detailJson, limits);
        if (!d.valid()) {
            throw new InvalidRegistrationException("interconnected dossier", d.problems());
        }
        return d.dossier();
    }

    /** The dossier as far as it can be read, with its problems and warnings (for tools that report them all). */
    public static DecodedDossier inspect(String detailJson) {
        return inspect(detailJson, PayloadLimits.DEFAULT);
    }

    public static DecodedDossier inspect(String detailJson, PayloadLimits limits) {
        Objects.requireNonNull(detailJson, "detailJson");
        return inspect(detailJson.getBytes(StandardCharsets.UTF_8), limits);
    }

    public static DecodedDossier inspect(byte[] detailJson, PayloadLimits limits) {
        Objects.requireNonNull(detailJson, "detailJson");
        return DetailDecoder.decode(detailJson, Objects.requireNonNull(limits, "limits"));
    }
}
