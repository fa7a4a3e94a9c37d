package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.core.vn.AgencyCode;
import io.github.egovsdk.core.xml.XmlSecurityException;
import io.github.egovsdk.edoc.Business;
import io.github.egovsdk.edoc.BusinessDocType;
import io.github.egovsdk.edoc.DocumentType;
import io.github.egovsdk.edoc.EdxmlFormatException;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.OtherInfo;
import io.github.egovsdk.edoc.ParsedAttachment;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.Receiver;
import io.github.egovsdk.edoc.ReplacementInfo;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.SignerInfo;
import io.github.egovsdk.edoc.StaffInfo;
import io.github.egovsdk.edoc.TraceHeader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.Location;

/** Maps the header tree to a {@link ParsedEdxml}, noting every deviation from the documented form as a warning. */
public final class HeaderMapper {
    static final String QCVN = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final Pattern DOCUMENTED_DATE = Pattern.compile("\\d{4}/\\d{2}/\\d{2}");

    private HeaderMapper() {}

    public static void addChild(HeaderNode parent, HeaderNode child) {
        parent.add(child);
    }

    public static void appendText(HeaderNode node, char[] chars, int start, int length, int max, Location at) {
        if (node.textLength() + length > max) {
            throw new XmlSecurityException(
                    "Text of <" + node.name() + "> exceeds the limit of " + max + " characters",
                    at.getLineNumber(),
                    at.getColumnNumber(),
                    null);
        }
        node.appendText(chars, start, length);
    }

    static String stripCid(String id) {
        return id != null && id.startsWith("cid:") ? id.substring(4) : id;
    }

    public static ParsedEdxml map(HeaderNode root, List<ParsedAttachment> decoded, List<String> warnings) {
        Set<String> w = new LinkedHashSet<>(warnings);
        HeaderNode envelope = root.child("edXMLEnvelope")
                .orElseThrow(() -> new EdxmlFormatException("No edXMLEnvelope under the edXML root"));
        HeaderNode header = envelope.child("edXMLHeader")
                .orElseThrow(() -> new EdxmlFormatException("No edXMLHeader in the envelope"));
        HeaderNode mh = header.child("MessageHeader")
                .orElseThrow(() -> new EdxmlFormatException("No MessageHeader in the edXMLHeader"));
        checkNamespaces(root, w);
        boolean status = mh.child("StatusCode").isPresent();
        Organization from =
                mh.child("From").map(o -> organization(o, "From", w)).orElse(null);
        if (from == null) {
            w.add("No From agency");
        }
        List<Organization> to =
                mh.all("To").stream().map(o -> organization(o, "To", w)).toList();
        HeaderNode code = mh.child("Code").orElse(null);
        String codeNumber = code == null ? null : code.text("CodeNumber");
        String codeNotation = code == null ? null : code.text("CodeNotation");
        if (code != null
                && codeNumber == null
                && code.text() != null
                && code.text().contains("/")) {
            codeNumber = code.text().substring(0, code.text().indexOf('/'));
            codeNotation = code.text().substring(code.text().indexOf('/') + 1);
        }
        HeaderNode prom = mh.child("PromulgationInfo").orElse(null);
        String promDate = prom == null ? null : prom.text("PromulgationDate");
        dateWarning("PromulgationDate", promDate, w);
        String dueDate = mh.text("DueDate");
        dateWarning("DueDate", dueDate, w);
        String documentId = mh.text("DocumentId");
        consistency(from, documentId, promDate, dueDate, w);
        List<ResponseFor> responseFor = new ArrayList<>();
        for (HeaderNode r : mh.all("ResponseFor")) {
            if (!r.hasChildren()) {
                w.add("Empty ResponseFor element");
                continue;
            }
            ResponseFor rf = new ResponseFor(
                    r.text("OrganId"), r.text("Code"), r.text("DocumentId"), r.text("PromulgationDate"));
            responseForConsistency(rf, w);
            responseFor.add(rf);
        }
        Optional<HeaderNode> trace = header.child("TraceHeaderList");
        List<TraceHeader> traces = trace.map(t -> t.all("TraceHeader").stream()
                        .map(h -> new TraceHeader(h.text("OrganId"), h.text("Timestamp")))
                        .toList())
                .orElse(List.of());
        traces.stream().filter(t -> t.organId() != null).forEach(t -> agencyWarning("TraceHeader", t.organId(), w));
        Optional<HeaderNode> bus = trace.flatMap(t -> t.child("Bussiness"));
        String busTypeRaw = bus.map(b -> b.text("BussinessDocType")).orElse(null);
        Optional<Business> business = bus.flatMap(b -> business(b, w));
        List<ParsedAttachment> attachments = withManifest(envelope, decoded, w);
        return new ParsedEdxml(
                status ? ParsedEdxml.Kind.STATUS : ParsedEdxml.Kind.EDOC,
                from,
                to,
                documentId,
                codeNumber,
                codeNotation,
                prom == null ? null : prom.text("Place"),
                promDate,
                mh.text("Subject"),
                mh.text("Content"),
                documentType(mh),
                signer(mh),
                dueDate,
                otherInfo(mh),
                responseFor,
                intOrNull(mh.text("SteeringType")),
                mh.child("ToPlaces")
                        .map(p -> p.all("Place").stream().map(HeaderNode::text).toList())
                        .orElse(List.of()),
                traces,
                business,
                busTypeRaw,
                mh.text("StatusCode"),
                mh.text("Description"),
                mh.text("Timestamp"),
                mh.child("StaffInfo").map(HeaderMapper::staff).orElse(null),
                attachments,
                EnvelopeSignatures.classify(header),
                List.copyOf(w));
    }

    private static void checkNamespaces(HeaderNode root, Set<String> w) {
        if (!QCVN.equals(root.namespace())) {
            w.add("Root element not in the QCVN 102:2016 namespace (" + root.namespace() + ")");
        }
    }

    private static Organization organization(HeaderNode o, String role, Set<String> w) {
        String id = o.text("OrganId");
        if (id == null) {
            w.add(role + " has no OrganId");
            id = "";
        } else {
            agencyWarning(role, id, w);
        }
        return new Organization(
                id,
                o.text("OrganizationInCharge"),
                o.text("OrganName"),
                o.text("OrganAdd"),
                o.text("Email"),
                o.text("Telephone"),
                o.text("Fax"),
                o.text("Website"));
    }

    private static void agencyWarning(String role, String id, Set<String> w) {
        AgencyCode code = AgencyCode.parseLenient(id);
        if (!code.warnings().isEmpty()) {
            w.add(role + " OrganId '" + id + "': " + String.join("; ", code.warnings()));
        }
    }

    private static void dateWarning(String element, String raw, Set<String> w) {
        if (raw != null && EdxmlDates.parseDate(raw).isEmpty()) {
            w.add(element + " '" + raw + "' is not a valid date; kept as written");
        } else if (raw != null && !DOCUMENTED_DATE.matcher(raw).matches()) {
            w.add(element + " '" + raw + "' is not in the documented yyyy/MM/dd form");
        }
    }

    private static void consistency(
            Organization from, String documentId, String promDate, String dueDate, Set<String> w) {
        var p = EdxmlDates.parseDate(promDate);
        var d = EdxmlDates.parseDate(dueDate);
        if (p.isPresent() && d.isPresent() && d.get().isBefore(p.get())) {
            w.add("DueDate " + dueDate + " is before PromulgationDate " + promDate);
        }
        if (documentId == null) {
            return;
        }
        String[] parts = documentId.split(",", 3);
        if (parts.length != 3) {
            w.add("DocumentId '" + documentId + "' does not follow {OrganId},{yyyy/MM/dd},{number}/{notation}");
            return;
        }
        if (from != null && !parts[0].strip().equals(from.organId())) {
            w.add("DocumentId names sender " + parts[0].strip() + " but From/OrganId is " + from.organId());
        }
        dateWarning("DocumentId date", parts[1].strip(), w);
    }

    private static void responseForConsistency(ResponseFor rf, Set<String> w) {
        if (rf.documentId() == null) {
            return;
        }
        String[] parts = rf.documentId().split(",", 3);
        if (parts.length == 3) {
            if (rf.organId() != null && !parts[0].strip().equals(rf.organId())) {
                w.add("ResponseFor/OrganId " + rf.organId() + " differs from its DocumentId's " + parts[0].strip());
            }
            if (rf.promulgationDate() != null && !parts[1].strip().equals(rf.promulgationDate())) {
                w.add("ResponseFor/PromulgationDate " + rf.promulgationDate() + " differs from the date in its"
                        + " DocumentId (" + parts[1].strip() + ")");
            }
        }
    }

    private static Optional<Business> business(HeaderNode b, Set<String> w) {
        String raw = b.text("BussinessDocType");
        Optional<BusinessDocType> type = BusinessDocType.fromCode(raw);
        if (type.isEmpty()) {
            w.add("Unknown BussinessDocType '" + raw + "'");
            return Optional.empty();
        }
        String docId = b.text("DocumentId");
        if (docId != null) {
            String[] parts = docId.split(",", 3);
            if (parts.length == 3) {
                dateWarning("Bussiness/DocumentId date", parts[1].strip(), w);
            }
        }
        List<Receiver> receivers = b.child("BussinessDocumentInfo")
                .flatMap(i -> i.child("ReceiverList"))
                .map(l -> l.all("Receiver").stream()
                        .map(r -> new Receiver(r.text("OrganId"), r.text("ReceiverType")))
                        .toList())
                .orElse(List.of());
        List<ReplacementInfo> replacements = b.child("ReplacementInfoList")
                .map(l -> l.all("ReplacementInfo").stream()
                        .map(r -> new ReplacementInfo(
                                r.text("DocumentId"),
                                r.child("OrganIdList")
                                        .map(o -> o.all("OrganId").stream()
                                                .map(HeaderNode::text)
                                                .toList())
                                        .orElse(List.of())))
                        .toList())
                .orElse(List.of());
        if (replacements.stream().map(ReplacementInfo::documentId).distinct().count() < replacements.size()) {
            w.add("Two ReplacementInfo entries name the same DocumentId");
        }
        return Optional.of(new Business(
                type.get(),
                docId,
                b.text("BussinessDocReason"),
                "1".equals(b.text("Paper")),
                b.child("BussinessDocumentInfo")
                        .map(i -> "1".equals(i.text("DocumentInfo")))
                        .orElse(false),
                b.child("BussinessDocumentInfo")
                        .map(i -> "1".equals(i.text("DocumentReceiver")))
                        .orElse(false),
                receivers,
                replacements,
                b.all("StaffInfo").stream().map(HeaderMapper::staff).toList()));
    }

    private static StaffInfo staff(HeaderNode s) {
        return new StaffInfo(
                s.text("Department"),
                s.text("DepartmentId"),
                s.text("Staff"),
                s.text("StaffId"),
                s.text("Email"),
                s.text("Mobile"));
    }

    private static DocumentType documentType(HeaderNode mh) {
        return mh.child("DocumentType")
                .map(t ->
                        new DocumentType(intOr(t.text("Type"), 2), intOr(t.text("TypeDetail"), -1), t.text("TypeName")))
                .orElse(null);
    }

    private static SignerInfo signer(HeaderNode mh) {
        return mh.child("SignerInfo")
                .map(s -> new SignerInfo(s.text("Competence"), s.text("Position"), s.text("FullName")))
                .orElse(null);
    }

    private static OtherInfo otherInfo(HeaderNode mh) {
        return mh.child("OtherInfo")
                .map(o -> new OtherInfo(
                        intOr(o.text("Priority"), 0),
                        o.text("SphereOfPromulgation"),
                        o.text("TyperNotation"),
                        intOr(o.text("PromulgationAmount"), 1),
                        intOr(o.text("PageAmount"), 1),
                        "true".equalsIgnoreCase(o.text("Direction")),
                        o.child("Appendixes")
                                .map(a -> a.all("Appendix").stream()
                                        .map(HeaderNode::text)
                                        .toList())
                                .orElse(List.of())))
                .orElse(null);
    }

    private static List<ParsedAttachment> withManifest(
            HeaderNode envelope, List<ParsedAttachment> decoded, Set<String> w) {
        Map<String, String> manifestTypes = envelope.child("edXMLBody")
                .flatMap(b -> b.child("edXMLManifest"))
                .map(m -> m.all("Reference").stream()
                        .filter(r -> r.text("ContentId") != null)
                        .collect(Collectors.toMap(
                                r -> stripCid(r.text("ContentId")),
                                r -> String.valueOf(r.text("ContentType")),
                                (a, b) -> a)))
                .orElse(Map.of());
        return decoded.stream()
                .map(a -> {
                    String manifest = a.contentId() == null ? null : manifestTypes.get(a.contentId());
                    if (manifest != null && a.contentType() != null && !manifest.equals(a.contentType())) {
                        w.add("Attachment '" + a.name() + "': Manifest ContentType " + manifest
                                + " but Attachment ContentType " + a.contentType());
                    }
                    if (a.zipped()) {
                        w.add("Attachment '" + a.name() + "' is a zip wrapper of the official SDK"
                                + (a.unwrapped() ? " (its entry delivered)" : ""));
                    }
                    return new ParsedAttachment(
                            a.contentId(),
                            a.name(),
                            a.contentType(),
                            manifest,
                            a.description(),
                            a.size(),
                            a.sha256(),
                            a.zipped(),
                            a.unwrapped(),
                            a.file(),
                            a.transferSize(),
                            a.transferSha256(),
                            a.wrappedEntryName());
                })
                .toList();
    }

    private static int intOr(String text, int fallback) {
        Integer v = intOrNull(text);
        return v == null ? fallback : v;
    }

    private static Integer intOrNull(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
