package io.github.egovsdk.civil.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of a flow step did: dossiers created, updated after supplementation, acknowledged, and refused as
 * invalid (with their interconnect codes and the reason, never personal data); ministry results applied; statuses
 * pushed, kept for retry, failed.
 */
public record FlowReport(
        int created,
        int resubmitted,
        int acknowledged,
        List<String> invalid,
        int completed,
        int supplementRequested,
        int refused,
        int pushed,
        int retrying,
        int failed) {

    public FlowReport {
        invalid = List.copyOf(invalid);
    }

    static FlowReport empty() {
        return new FlowReport(0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0);
    }

    /** The sum of two reports. */
    public FlowReport plus(FlowReport o) {
        List<String> all = new ArrayList<>(invalid);
        all.addAll(o.invalid);
        return new FlowReport(
                created + o.created,
                resubmitted + o.resubmitted,
                acknowledged + o.acknowledged,
                all,
                completed + o.completed,
                supplementRequested + o.supplementRequested,
                refused + o.refused,
                pushed + o.pushed,
                retrying + o.retrying,
                failed + o.failed);
    }
}
