package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxAgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sandbox axis' memory: registered agencies, delivered packages, and what each sender can track. */
final class AxisState {
    /** A package waiting for (or taken by) one recipient. */
    record Delivery(String docId, String senderDocId, String from, String to, String messageType, byte[] edxml,
            String created, String status) {
    }

    final Map<String, SandboxAgency> agencies = new ConcurrentHashMap<>();
    final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    final Map<String, List<String>> bySender = new ConcurrentHashMap<>();

    void reset() {
        deliveries.clear();
        bySender.clear();
    }

    void register(SandboxAgency agency) {
        agencies.put(agency.organId(), agency);
    }

    String secretOf(String systemId) {
        return agencies.values().stream().filter(a -> a.systemId().equals(systemId)).map(SandboxAgency::secret)
                .findFirst().orElse(null);
    }

    boolean registeredUnder(String organId, String systemId) {
        SandboxAgency a = agencies.get(organId);
        return a != null && a.systemId().equals(systemId);
    }

    void deliver(Delivery d) {
        deliveries.put(d.docId(), d);
        bySender.computeIfAbsent(d.senderDocId(), k -> new CopyOnWriteArrayList<>()).add(d.docId());
    }

    List<Delivery> waitingFor(String systemId, String messageType) {
        List<Delivery> out = new ArrayList<>();
        for (Delivery d : deliveries.values()) {
            if (registeredUnder(d.to(), systemId) && d.messageType().equals(messageType) && !"done".equals(d.status())
                    && !"fail".equals(d.status())) {
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparing(Delivery::created).thenComparing(Delivery::docId));
        return out;
    }
}
