package io.github.egovsdk.dvc.portal;

import io.github.egovsdk.dvc.dossier.Dossier;
import java.util.List;
import java.util.Map;

/**
 * A dossier as the portal returns it ({@code TraCuuHoSo}): the dossier (not re-validated: the portal's data may not
 * meet this SDK's rules), its processing steps when the portal sends them, and every field this SDK does not know,
 * as text (objects and arrays as JSON), so nothing new the portal adds is lost.
 *
 * @param dossier     the dossier
 * @param progress    processing steps; empty when none were sent
 * @param otherFields unknown fields by name
 */
public record PortalDossier(Dossier dossier, List<ProgressUpdate> progress, Map<String, String> otherFields) {
    public PortalDossier {
        progress = List.copyOf(progress);
        otherFields = Map.copyOf(otherFields);
    }

    @Override
    public String toString() {
        // otherFields may hold personal data of fields unknown to the SDK: names only.
        return "PortalDossier[" + dossier + ", progress=" + progress.size() + ", otherFields=" + otherFields.keySet()
                + "]";
    }
}
