package io.github.egovsdk.cli;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.Business;
import io.github.egovsdk.edoc.BusinessDocType;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ReplacementInfo;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov edoc build --from --to --number --notation --subject [--date] [--type] [--responds-to REF]...
 * [--replaces REF]... [--steering-type N] [--attach FILE]... OUTPUT}.
 */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds a valid edXML document.")
final class EdocBuildCommand extends EdocWriteCommand implements Callable<Integer> {
    static final String REF = "ORGAN_ID,NUMBER/NOTATION,yyyy-MM-dd[,DOCUMENT_ID]";

    @Option(names = "--from", required = true, paramLabel = "CODE", description = "Sending agency code (mã định danh).")
    String from;

    @Option(
            names = "--to",
            required = true,
            split = ",",
            paramLabel = "CODE",
            description = "Receiving agency codes, comma-separated.")
    List<String> to;

    @Option(names = "--number", required = true, description = "Document number (số văn bản).")
    String number;

    @Option(names = "--notation", required = true, description = "Notation (ký hiệu), e.g. UBND-VP.")
    String notation;

    @Option(names = "--subject", required = true, description = "Subject (trích yếu).")
    String subject;

    @Option(
            names = "--date",
            paramLabel = "yyyy-MM-dd",
            description = "Promulgation date (ngày ban hành). Default: today in Vietnam.")
    LocalDate date;

    @Option(names = "--type", defaultValue = "NEW", description = "NEW, REVOKE, UPDATE or REPLACE.")
    BusinessDocType type;

    @Option(
            names = "--responds-to",
            paramLabel = REF,
            description = "The document answered — for REVOKE and UPDATE"
                    + " the one revoked or updated (required then). DOCUMENT_ID defaults to "
                    + "ORGAN_ID,yyyy/MM/dd,NUMBER/NOTATION.")
    List<String> respondsTo = new ArrayList<>();

    @Option(
            names = "--replaces",
            paramLabel = REF,
            description = "For REPLACE (required then): the document replaced;"
                    + " the recipients (--to) are listed as the agencies concerned.")
    List<String> replaces = new ArrayList<>();

    @Option(
            names = "--steering-type",
            paramLabel = "N",
            defaultValue = "0",
            description = "SteeringType (loại chỉ" + " đạo), written as given: sources disagree on its meaning.")
    int steeringType;

    @Option(names = "--reason", paramLabel = "TEXT", description = "BussinessDocReason (default: the type's name).")
    String reason;

    @Option(names = "--attach", paramLabel = "FILE", description = "A file to attach (repeatable).")
    List<Path> attachments = new ArrayList<>();

    @Override
    public Integer call() {
        if (!replaces.isEmpty() && type != BusinessDocType.REPLACE) {
            throw usage("--replaces is for --type REPLACE / --replaces chỉ dùng với --type REPLACE");
        }
        List<String> recipients = to.stream().map(String::strip).toList();
        List<ResponseFor> answered = respondsTo.stream().map(this::reference).toList();
        List<ResponseFor> replaced = replaces.stream().map(this::reference).toList();
        EdocDocument doc;
        try {
            EdocDocument.Builder b = EdocDocument.builder()
                    .from(Organization.of(from, from))
                    .code(number, notation)
                    .subject(subject)
                    .promulgation(null, date == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) : date)
                    .steeringType(steeringType)
                    .business(business(recipients, replaced));
            recipients.forEach(code -> b.to(Organization.of(code, code)));
            answered.forEach(b::responseFor);
            for (int i = 0; i < attachments.size(); i++) {
                b.attachment(Attachment.ofFile(String.valueOf(i + 1), attachments.get(i)));
            }
            doc = b.build();
        } catch (ValidationException e) {
            return violations(e);
        }
        EdxmlWriter.Result r = EdxmlWriter.standard().write(doc, output);
        ObjectNode out = Json.object()
                .put("valid", true)
                .put("output", output.toString())
                .put("documentId", doc.documentId())
                .put("size", r.size())
                .put("sha256", r.sha256());
        return written(out, "Đã tạo / built " + output + " (" + r.size() + " bytes, sha256 " + r.sha256() + ")");
    }

    private Business business(List<String> recipients, List<ResponseFor> replaced) {
        String why = reason == null ? type.vietnamese() : reason;
        return switch (type) {
            case NEW ->
                new Business(BusinessDocType.NEW, null, why, false, false, false, List.of(), List.of(), List.of());
            case REVOKE -> Business.revoke(null, why);
            case UPDATE -> Business.update(null, why, true, List.of());
            case REPLACE ->
                Business.replace(
                        why,
                        replaced.stream()
                                .map(r -> new ReplacementInfo(r.documentId(), recipients))
                                .toList());
        };
    }
}
