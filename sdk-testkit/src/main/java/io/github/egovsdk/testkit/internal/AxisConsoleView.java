package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedAttachment;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.StatusCode;
import io.github.egovsdk.edoc.StatusMessage;
import io.github.egovsdk.testkit.internal.console.ConsoleAction;
import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * The console's axis tab: one table per recipient inbox with every package's edXML header, attachments (size,
 * SHA-256), the status messages answered for it and its transport status; the action {@code answer} plays the
 * recipient agency and sends a status message (01, 02, 03, 05, 06, 13, 15, 16) back to the sender through the axis,
 * exactly as the recipient's software would with {@code sendEdoc} {@code messagetype: status}.
 */
final class AxisConsoleView implements ConsoleView {
    /** The status codes the console offers as buttons. */
    static final List<String> ANSWERS = List.of("01", "02", "03", "05", "06", "13", "15", "16");

    private final AxisState state;
    /** Each package is parsed once for the page; keys go with the packages at reset. */
    private final Map<AxisState.Package, Optional<ParsedEdxml>> parsed =
            Collections.synchronizedMap(new WeakHashMap<>());

    AxisConsoleView(AxisState state) {
        this.state = state;
    }

    @Override
    public String id() {
        return "axis";
    }

    @Override
    public Text title() {
        return Text.of("Trục liên thông văn bản", "Document axis");
    }

    @Override
    public List<ConsoleTable> tables() {
        List<AxisState.Package> all = state.packages();
        Map<String, String> names = state.agencies();
        List<ConsoleTable> out = new ArrayList<>();
        for (Map.Entry<String, String> inbox : names.entrySet()) {
            ConsoleTable.Builder t = ConsoleTable.builder(
                    Text.of(
                            "Hộp thư đến của " + inbox.getKey() + " — " + inbox.getValue(),
                            "Inbox of " + inbox.getKey() + " — " + inbox.getValue()),
                    Text.of("DocId", "DocId"),
                    Text.of("Loại", "Type"),
                    Text.of("Gửi lúc", "Sent at"),
                    Text.of("Nơi gửi", "Sender"),
                    Text.of("Nơi nhận", "Recipients"),
                    Text.of("Số, ký hiệu", "Number/notation"),
                    Text.of("Trích yếu", "Subject"),
                    Text.of("Tệp đính kèm (kích thước, SHA-256)", "Attachments (size, SHA-256)"),
                    Text.of("Trạng thái xử lý", "Status messages"),
                    Text.of("Trạng thái truyền", "Transport status"));
            for (AxisState.Package p : all) {
                if (p.to.equals(inbox.getKey())) {
                    row(t, p, all);
                }
            }
            out.add(t.build());
        }
        return out;
    }

    private void row(ConsoleTable.Builder t, AxisState.Package p, List<AxisState.Package> all) {
        Optional<ParsedEdxml> m = parse(p);
        boolean status = "status".equals(p.messageType);
        String from =
                m.map(x -> x.from().organId() + " — " + x.from().organName()).orElse(p.from);
        String to = m.map(x -> x.to().stream().map(Organization::organId).collect(Collectors.joining("\n")))
                .filter(s -> !s.isEmpty())
                .orElse(p.to);
        String attachments = m.map(x -> x.attachments().stream()
                        .map(AxisConsoleView::attachment)
                        .collect(Collectors.joining("\n")))
                .orElse("");
        String statuses;
        List<ConsoleAction> actions = new ArrayList<>();
        if (status) {
            statuses = m.map(x -> x.statusCode() + " "
                            + Optional.ofNullable(x.statusDescription()).orElse("")
                            + x.responseFor().stream()
                                    .findFirst()
                                    .map(r -> "\n→ " + r.organId() + " " + r.code() + " (" + r.documentId() + ")")
                                    .orElse(""))
                    .orElse("");
        } else {
            statuses = answersFor(p, m, all);
            for (String code : ANSWERS) {
                actions.add(ConsoleAction.of(
                        id(),
                        "answer",
                        Text.of("trạng thái " + code, "status " + code),
                        "docId",
                        p.docId,
                        "status",
                        code));
            }
        }
        String notation = p.notation == null ? "" : p.notation;
        String transport;
        synchronized (state) { // updateStatus changes these under the state's lock
            transport = transport(p.status) + "\n" + p.updated;
        }
        t.row(
                p.docId,
                List.of(
                        p.docId,
                        status ? "status" : "edoc",
                        p.created,
                        from,
                        to,
                        notation,
                        m.map(x -> ConsoleMask.text(x.subject())).orElse(p.title == null ? "" : p.title),
                        attachments,
                        statuses,
                        transport),
                actions);
    }

    private static String attachment(ParsedAttachment a) {
        return a.name() + " — " + a.size() + " B — sha256 " + a.sha256();
    }

    /** The status messages the recipient of {@code p} sent about it (matched by DocumentId). */
    private String answersFor(AxisState.Package p, Optional<ParsedEdxml> m, List<AxisState.Package> all) {
        if (m.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (AxisState.Package s : all) {
            if ("status".equals(s.messageType) && s.from.equals(p.to)) {
                parse(s).filter(x -> x.responseFor().stream()
                                .anyMatch(r -> m.get().documentId() != null
                                        && m.get().documentId().equals(r.documentId())))
                        .ifPresent(x -> lines.add(x.statusCode() + " "
                                + StatusCode.fromCode(x.statusCode())
                                        .map(StatusCode::vietnamese)
                                        .orElse("") + " (" + s.created + ")"));
            }
        }
        return String.join("\n", lines);
    }

    private static String transport(String status) {
        return switch (status) {
            case "done" -> "done — đã nhận";
            case "fail" -> "fail — lỗi xử lý";
            case "processing" -> "processing — đang xử lý";
            default -> "waiting — đang chờ nhận";
        };
    }

    private Optional<ParsedEdxml> parse(AxisState.Package p) {
        return parsed.computeIfAbsent(p, k -> {
            try {
                return Optional.of(EdxmlReader.builder().build().read(new ByteArrayInputStream(k.edxml)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<Text> act(String action, Map<String, String> params) {
        if (!action.equals("answer")) {
            return Optional.empty();
        }
        String docId = ConsoleView.required(params, "docId");
        String code = ConsoleView.required(params, "status");
        StatusCode status = StatusCode.fromCode(code)
                .filter(s -> ANSWERS.contains(s.code()))
                .orElseThrow(() -> new IllegalArgumentException("Mã trạng thái không hợp lệ / unknown status: " + code
                        + " (" + String.join(", ", ANSWERS) + ")"));
        AxisState.Package p = state.packages().stream()
                .filter(x -> x.docId.equals(docId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không tìm thấy gói tin / no package " + docId));
        if (!"edoc".equals(p.messageType)) {
            throw new IllegalArgumentException("Gói tin " + docId + " là thông điệp trạng thái / is a status message");
        }
        ParsedEdxml doc = parse(p).orElseThrow(() ->
                new IllegalStateException("Gói tin " + docId + " không đọc được / cannot be read as edXML"));
        String name = Optional.ofNullable(state.agencies().get(p.to)).orElse(p.to);
        StatusMessage answer = StatusMessage.of(
                Organization.of(p.to, name),
                new ResponseFor(
                        doc.from().organId(),
                        doc.codeNumber() == null ? null : doc.codeNumber() + "/" + doc.codeNotation(),
                        doc.documentId(),
                        doc.promulgationDateRaw()),
                status,
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withNano(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EdxmlWriter.standard().write(answer, bytes);
        state.send("status", p.to, List.of(p.from), bytes.toByteArray(), doc.subject(), p.notation);
        return Optional.of(Text.of(
                p.to + " đã gửi trạng thái " + status.code() + " (" + status.vietnamese() + ") cho " + p.from
                        + " về gói tin " + docId,
                p.to + " sent status " + status.code() + " (" + status.english() + ") to " + p.from + " about package "
                        + docId));
    }
}
