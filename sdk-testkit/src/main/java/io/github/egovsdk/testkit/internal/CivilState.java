package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Memory of the interconnected civil-status emulators: the DVCLT dossiers and the statuses pushed for each, the
 * ministry's civil-status and criminal-record dossiers, the results store's documents and the portal Q&amp;A.
 */
public final class CivilState {
    public static final String DVCLT_USER = "sandbox-motcua-dvclt";
    public static final String DVCLT_PASSWORD = "sandbox-dvclt-pass-KHONG-DUNG-THAT";
    public static final String LLTP_AUTH_KEY = "sandbox-lltp-authkey-KHONG-DUNG-THAT";

    /** A dossier on the DVCLT side. */
    static final class DvcltDossier {
        final String id;
        final String code;
        final ObjectNode inner;
        boolean acknowledged;
        final List<JsonNode> statuses = new ArrayList<>();

        DvcltDossier(String id, String code, ObjectNode inner) {
            this.id = id;
            this.code = code;
            this.inner = inner;
        }

        boolean has(int status) {
            return statuses.stream().anyMatch(s -> s.path("trangThai").asInt() == status);
        }
    }

    /**
     * A dossier in the ministry's civil-status software: its push, polls seen, its status ({@code trangThai}, "1"
     * once received) and whether an operator drives it ({@code driven}: the console's "advance", a test's decision)
     * — then polls no longer move it.
     */
    static final class BtpDossier {
        final ObjectNode push;
        final JsonNode data;
        final String receivedAt;
        int polls;
        String status = "1";
        boolean driven;
        byte[] pdf;
        String personalId;

        BtpDossier(ObjectNode push, JsonNode data, String receivedAt) {
            this.push = push;
            this.data = data;
            this.receivedAt = receivedAt;
        }
    }

    /** The moves an officer at the ministry can make from each status (4 and 6 are final). */
    private static final Map<String, List<String>> MINISTRY_MOVES = Map.of(
            "1",
            List.of("3", "2", "6"),
            "2",
            List.of("3", "6"),
            "3",
            List.of("4", "2", "6"),
            "4",
            List.of(),
            "6",
            List.of());

    /** A criminal-record application and the states pushed to VNeID for it. */
    static final class LltpDossier {
        final JsonNode push;
        int polls;
        final List<JsonNode> vneid = new ArrayList<>();

        LltpDossier(JsonNode push) {
            this.push = push;
        }
    }

    final Map<String, DvcltDossier> dvclt = new LinkedHashMap<>();
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, BtpDossier> btp = new LinkedHashMap<>();
    final Map<String, LltpDossier> lltp = new LinkedHashMap<>();
    /** Results store: owner ID → documents ({@code DanhSachGiayToKetQua} items); path → file bytes. */
    final Map<String, List<ObjectNode>> results = new LinkedHashMap<>();

    final Map<String, byte[]> files = new LinkedHashMap<>();
    final List<ObjectNode> questions = new ArrayList<>();
    final Map<String, List<ObjectNode>> answers = new LinkedHashMap<>();
    final List<JsonNode> pushedQuestions = new ArrayList<>();
    final AtomicInteger sequence = new AtomicInteger();

    public CivilState() {
        reset();
    }

    public synchronized void reset() {
        dvclt.clear();
        tokens.clear();
        btp.clear();
        lltp.clear();
        results.clear();
        files.clear();
        questions.clear();
        answers.clear();
        pushedQuestions.clear();
        sequence.set(0);
        ObjectNode q = EgovJson.mapper().createObjectNode();
        q.put("HOIDAPID", 1001)
                .put("MALINHVUC", "G15-HT")
                .put("NOIDUNG", "Hỏi về thủ tục đăng ký khai sinh liên thông?")
                .put("MADONVI", "000.00.00.H27")
                .put("TENDONVI", "UBND tỉnh Bắc Ninh (sandbox)")
                .put("HOVATEN", "Nguyễn Thử Nghiệm")
                .put("THUDIENTU", "thu.nghiem@example.com")
                .put("MATTHCDP", "1.001193")
                .put("TRANGTHAI", 1)
                .put("TRALOIID", 0)
                .put("NOIDUNGTRALOI", "");
        questions.add(q);
    }

    /** Files a dossier on the DVCLT side (as the portal would after a citizen submitted); returns its DVCLT id. */
    public synchronized String file(ObjectNode inner) {
        String code = inner.path("maHoSo").asString();
        DvcltDossier existing = dvclt.values().stream()
                .filter(d -> d.code.equals(code))
                .findFirst()
                .orElse(null);
        if (existing != null) {
            // a re-submission after supplementation: same dossier, new content, waiting again
            existing.inner.setAll(inner);
            existing.acknowledged = false;
            return existing.id;
        }
        String id = String.format("7f1c0000-0000-0000-0000-%012d", sequence.incrementAndGet());
        dvclt.put(id, new DvcltDossier(id, code, inner.deepCopy()));
        return id;
    }

    /** The statuses recorded for a dossier, in order (each at most once). */
    public synchronized List<JsonNode> statuses(String interconnectCode) {
        return dvclt.values().stream()
                .filter(d -> d.code.equals(interconnectCode))
                .findFirst()
                .map(d -> List.copyOf(d.statuses))
                .orElse(List.of());
    }

    public synchronized boolean acknowledged(String interconnectCode) {
        return dvclt.values().stream().anyMatch(d -> d.code.equals(interconnectCode) && d.acknowledged);
    }

    /** How many times the ministry received a push of this local code (a duplicate is refused, never stored). */
    public synchronized int ministryHas(String localCode) {
        return btp.containsKey(localCode) ? 1 : 0;
    }

    /** Decides the ministry's next answer for a dossier: "2" (supplement), "6" (refuse). */
    public synchronized void forceMinistryOutcome(String localCode, String status) {
        BtpDossier d = btp.get(localCode);
        if (d == null) {
            throw new IllegalArgumentException("the sandbox ministry has no dossier " + localCode);
        }
        d.status = status;
        d.driven = true;
    }

    /**
     * The ministry's officer moves a dossier on, as the console's "advance" does: to {@code target} ("2", "3", "4" or
     * "6"), or when null to the next step of 1 → 3 → 4. From then on polls report the status the officer set.
     *
     * @return the new status
     * @throws IllegalArgumentException no such dossier, or a move the ministry would not make (the reason says which)
     */
    public synchronized String advanceMinistry(String localCode, String target) {
        BtpDossier d = btp.get(localCode);
        if (d == null) {
            throw new IllegalArgumentException(
                    "Bộ Tư pháp (sandbox) không có hồ sơ / the sandbox ministry has no" + " dossier " + localCode);
        }
        List<String> moves = MINISTRY_MOVES.getOrDefault(d.status, List.of());
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("Hồ sơ " + localCode + " đã ở trạng thái cuối " + d.status
                    + " / the dossier is already final (" + d.status + ")");
        }
        String next = target == null || target.isBlank() ? moves.get(0) : target.strip();
        if (!moves.contains(next)) {
            throw new IllegalArgumentException("Không chuyển được từ " + d.status + " sang " + next + " (được: "
                    + String.join(", ", moves) + ") / illegal move " + d.status + " → " + next);
        }
        d.status = next;
        d.driven = true;
        return next;
    }

    /** The VNeID states pushed for a criminal-record dossier. */
    public synchronized List<JsonNode> vneidStatuses(String localCode) {
        LltpDossier d = lltp.get(localCode);
        return d == null ? List.of() : List.copyOf(d.vneid);
    }

    /** Adds a document to the results store for an owner. */
    public synchronized void storeResult(
            String ownerId,
            String resultCode,
            String name,
            String number,
            String agency,
            String fileName,
            byte[] content) {
        String path = "store/" + ownerId.hashCode() + "/" + sequence.incrementAndGet() + "/" + fileName;
        ObjectNode doc = EgovJson.mapper().createObjectNode();
        doc.put("MaKetQua", resultCode)
                .put("TenGiayTo", name)
                .put("SoKyHieu", number)
                .put("CoQuanChuQuan", agency);
        doc.putArray("DanhSachTepDinhKem").addObject().put("TenTep", fileName).put("DuongDan", path);
        results.computeIfAbsent(ownerId, k -> new ArrayList<>()).add(doc);
        files.put(agency + "|" + path, content.clone());
    }

    public synchronized List<JsonNode> pushedQuestions() {
        return List.copyOf(pushedQuestions);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
