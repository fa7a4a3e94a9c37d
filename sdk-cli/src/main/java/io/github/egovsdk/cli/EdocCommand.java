package io.github.egovsdk.cli;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.Business;
import io.github.egovsdk.edoc.BusinessDocType;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;

/** {@code egov edoc ...}: edXML messages. */
@Command(name = "edoc", description = "Parse and build edXML (QCVN 102:2016) messages.",
        subcommands = {EdocCommand.Parse.class, EdocCommand.Build.class})
final class EdocCommand {

    /** {@code egov edoc parse FILE [--extract DIR] [--json]}. */
    @Command(name = "parse", mixinStandardHelpOptions = true, description = "Reads an edXML document or status.")
    static final class Parse implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--extract", paramLabel = "DIR", description = "Write the attachments there (unzipped).")
        Path extract;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            EdxmlReader.Builder b = EdxmlReader.builder();
            if (extract != null) {
                b.attachmentDirectory(extract).unwrapZippedAttachments(true);
            }
            ParsedEdxml p = b.build().read(file);
            ObjectNode out = Json.object();
            out.put("kind", p.kind().name());
            org(out.putObject("from"), p.from());
            ArrayNode to = out.putArray("to");
            p.to().forEach(o -> org(to.addObject(), o));
            out.put("documentId", p.documentId());
            out.put("codeNumber", p.codeNumber());
            out.put("codeNotation", p.codeNotation());
            out.put("promulgationDate", p.promulgationDate().map(LocalDate::toString).orElse(null));
            out.put("subject", p.subject());
            out.put("businessDocType", p.businessDocType().map(Enum::name).orElse(null));
            out.put("statusCode", p.statusCode());
            ArrayNode rf = out.putArray("responseFor");
            p.responseFor().forEach(r -> rf.addObject().put("organId", r.organId()).put("code", r.code())
                    .put("documentId", r.documentId()));
            ArrayNode atts = out.putArray("attachments");
            p.attachments().forEach(a -> {
                ObjectNode n = atts.addObject().put("name", a.name()).put("contentType", a.contentType())
                        .put("size", a.size()).put("sha256", a.sha256()).put("zipped", a.zipped());
                a.contentFile().ifPresent(f -> n.put("extractedTo", f.toString()));
            });
            out.put("signature", p.signature().name());
            ArrayNode warnings = out.putArray("warnings");
            p.warnings().forEach(warnings::add);
            var stdout = spec.commandLine().getOut();
            if (options.json) {
                Json.print(stdout, out);
            } else {
                stdout.println((p.kind() == ParsedEdxml.Kind.EDOC ? "Văn bản / document" : "Trạng thái / status")
                        + " từ / from " + p.from().organId() + " " + (p.from().organName() == null ? ""
                        : p.from().organName()));
                if (p.subject() != null) {
                    stdout.println("  Trích yếu / subject: " + p.subject());
                }
                if (p.statusCode() != null) {
                    stdout.println("  Mã trạng thái / status: " + p.statusCode() + p.knownStatus()
                            .map(s -> " " + s.vietnamese()).orElse(""));
                }
                p.attachments().forEach(a -> stdout.println("  Đính kèm / attachment: " + a.name() + " ("
                        + a.size() + " bytes" + (a.zipped() ? ", zipped" : "") + ")"));
                p.warnings().forEach(w -> stdout.println("  ! " + w));
                stdout.flush();
            }
            return EgovCli.OK;
        }

        private static void org(ObjectNode n, Organization o) {
            n.put("organId", o == null ? null : o.organId());
            n.put("organName", o == null ? null : o.organName());
        }
    }

    /** {@code egov edoc build --from --to --number --notation --subject [--date] [--type] [--attach]... OUTPUT}. */
    @Command(name = "build", mixinStandardHelpOptions = true, description = "Builds a valid edXML document.")
    static final class Build implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "CODE")
        String from;

        @Option(names = "--to", required = true, split = ",", paramLabel = "CODE")
        List<String> to;

        @Option(names = "--number", required = true)
        String number;

        @Option(names = "--notation", required = true)
        String notation;

        @Option(names = "--subject", required = true)
        String subject;

        @Option(names = "--date", paramLabel = "yyyy-MM-dd")
        LocalDate date;

        @Option(names = "--type", defaultValue = "NEW")
        BusinessDocType type;

        @Option(names = "--attach", paramLabel = "FILE")
        List<Path> attachments = new ArrayList<>();

        @Parameters(index = "0", paramLabel = "OUTPUT")
        Path output;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var stdout = spec.commandLine().getOut();
            EdocDocument doc;
            try {
                EdocDocument.Builder b = EdocDocument.builder().from(Organization.of(from, from))
                        .code(number, notation).subject(subject)
                        .promulgation(null, date == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : date)
                        .business(new Business(type, null, type.vietnamese(), false, false, false, List.of(),
                                List.of(), List.of()));
                to.forEach(code -> b.to(Organization.of(code.strip(), code.strip())));
                for (int i = 0; i < attachments.size(); i++) {
                    b.attachment(Attachment.ofFile(String.valueOf(i + 1), attachments.get(i)));
                }
                doc = b.build();
            } catch (ValidationException e) {
                ObjectNode out = Json.object().put("valid", false);
                ArrayNode v = out.putArray("violations");
                e.violations().forEach(x -> v.addObject().put("field", x.propertyPath()).put("rule", x.rule())
                        .put("message", x.message()));
                if (options.json) {
                    Json.print(stdout, out);
                } else {
                    e.violations().forEach(x -> stdout.println("✗ " + x));
                    stdout.flush();
                }
                return EgovCli.CHECK_FAILED;
            }
            EdxmlWriter.Result r = EdxmlWriter.standard().write(doc, output);
            ObjectNode out = Json.object().put("valid", true).put("output", output.toString())
                    .put("documentId", doc.documentId()).put("size", r.size()).put("sha256", r.sha256());
            if (options.json) {
                Json.print(stdout, out);
            } else {
                stdout.println("Đã tạo / built " + output + " (" + r.size() + " bytes, sha256 " + r.sha256() + ")");
                stdout.flush();
            }
            return EgovCli.OK;
        }
    }
}
