package io.github.egovsdk.edoc;

import java.util.List;

/** In a replacement: the document replaced and the agencies concerned. */
public record ReplacementInfo(String documentId, List<String> organIds) {
    public ReplacementInfo {
        organIds = List.copyOf(organIds);
    }
}
