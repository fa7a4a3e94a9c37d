package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxAgency;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox axis' memory: registered agencies per system id, packages waiting in each recipient's box, and the
 * per-recipient delivery of every sent package. Synchronized: WireMock serves requests on several threads.
 */
public final class AxisState {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One package in a recipient's box. */
    public static final class Package {
        final String docId;
        final String senderDocId;
        final String messageType;
        final String from;
        final String to;
        final byte[] edxml;
        final String title;
        final String notation;
        final String created;
        String status = "initial";
        String statusDesc = "Moi nhan";
        String updated;

        Package(
                String docId,
                String senderDocId,
                String messageType,
                String from,
                String to,
                byte[] edxml,
                String title,
                String notation) {
            this.docId = docId;
            this.senderDocId = senderDocId;
            this.messageType = messageType;
            this.from = from;
            this.to = to;
            this.edxml = edxml;
            this.title = title;
            this.notation = notation;
            this.created = now();
            this.updated = created;
        }
    }

    private final List<SandboxAgency> initial;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, String> agencyToSystem = new LinkedHashMap<>();
    private final Map<String, String> agencyNames = new LinkedHashMap<>();
    private final Map<String, Package> packages = new LinkedHashMap<>();
    private final Map<String, List<Package>> bySender = new LinkedHashMap<>();

    public AxisState(List<SandboxAgency> agencies) {
        this.initial = List.copyOf(agencies);
        reset();
    }

    /** Back to the registered agencies only: every box empty. */
    public synchronized void reset() {
        secrets.clear();
        agencyToSystem.clear();
        agencyNames.clear();
        packages.clear();
        bySender.clear();
        for (SandboxAgency a : initial) {
            secrets.put(a.systemId(), a.secret());
            register(a.systemId(), a.organId(), a.name());
        }
    }

    synchronized Optional<String> secretOf(String systemId) {
        return Optional.ofNullable(systemId == null ? null : secrets.get(systemId));
    }

    synchronized void register(String systemId, String code, String name) {
        agencyToSystem.put(code, systemId);
        agencyNames.put(code, name);
    }

    synchronized boolean isRegisteredUnder(String agency, String systemId) {
        return systemId.equals(agencyToSystem.get(agency));
    }

    synchronized boolean isKnown(String agency) {
        return agencyToSystem.containsKey(agency);
    }

    synchronized Map<String, String> agencies() {
        return new LinkedHashMap<>(agencyNames);
    }

    synchronized Map<String, String> agencySystems() {
        return new LinkedHashMap<>(agencyToSystem);
    }

    /** Puts one package per recipient; returns the sender's DocId. */
    synchronized String send(
            String messageType, String from, List<String> recipients, byte[] edxml, String title, String notation) {
        String senderDocId = newDocId();
        List<Package> sent = new ArrayList<>();
        for (String to : recipients) {
            Package p = new Package(newDocId(), senderDocId, messageType, from, to, edxml, title, notation);
            packages.put(p.docId, p);
            sent.add(p);
        }
        bySender.put(senderDocId, sent);
        return senderDocId;
    }

    /** Packages waiting for the agencies of a system (not yet taken with done/fail). */
    synchronized List<Package> waiting(String systemId, String messageType) {
        List<Package> out = new ArrayList<>();
        for (Package p : packages.values()) {
            if (p.messageType.equals(messageType)
                    && systemId.equals(agencyToSystem.get(p.to))
                    && !"done".equals(p.status)
                    && !"fail".equals(p.status)) {
                out.add(p);
            }
        }
        return out;
    }

    synchronized Optional<Package> received(String systemId, String docId) {
        Package p = packages.get(docId);
        return p != null && systemId.equals(agencyToSystem.get(p.to)) ? Optional.of(p) : Optional.empty();
    }

    synchronized void updateStatus(Package p, String status) {
        p.status = status;
        p.statusDesc = switch (status) {
            case "done" -> "Da nhan";
            case "fail" -> "Loi xu ly";
            default -> "Dang xu ly";
        };
        p.updated = now();
    }

    /** Every package in every box, oldest first (the sandbox console's axis view). */
    public synchronized List<Package> packages() {
        return List.copyOf(packages.values());
    }

    /** The deliveries of a package sent by one of the system's agencies. */
    synchronized Optional<List<Package>> sent(String systemId, String senderDocId) {
        List<Package> list = bySender.get(senderDocId);
        if (list == null || list.isEmpty() || !systemId.equals(agencyToSystem.get(list.get(0).from))) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(list));
    }

    private static String newDocId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String now() {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(TIME);
    }
}
