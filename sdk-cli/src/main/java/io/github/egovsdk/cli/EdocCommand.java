package io.github.egovsdk.cli;

import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code egov edoc ...}: edXML messages. */
@Command(
        name = "edoc",
        description = "Parse and build edXML (QCVN 102:2016) messages.",
        subcommands = {EdocCommand.Parse.class, EdocBuildCommand.class, EdocStatusCommand.class})
final class EdocCommand {

    /** {@code egov edoc parse FILE [--extract DIR] [--json]}. */
    @Command(name = "parse", mixinStandardHelpOptions = true, description = "Reads an edXML document or status.")
    static final class Parse implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The edXML file.")
        Path file;

        @Option(
                names = "--extract",
                paramLabel = "DIR",
                description = "Write the attachments there, byte for byte as"
                        + " the sender attached them (the official SDK's zip wrapper removed), under safe file names.")
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
            out.put(
                    "promulgationDate",
                    p.promulgationDate().map(LocalDate::toString).orElse(null));
            out.put("subject", p.subject());
            out.put("businessDocType", p.businessDocType().map(Enum::name).orElse(null));
            out.put("statusCode", p.statusCode());
            ArrayNode rf = out.putArray("responseFor");
            p.responseFor().forEach(r -> rf.addObject()
                    .put("organId", r.organId())
                    .put("code", r.code())
                    .put("documentId", r.documentId())
                    .put("promulgationDate", r.promulgationDate()));
            out.put(
                    "businessDocumentId",
                    p.business().map(bus -> bus.documentId()).orElse(null));
            ArrayNode replaces = out.putArray("replaces");
            p.business().ifPresent(bus -> bus.replacements().forEach(r -> {
                ObjectNode n = replaces.addObject().put("documentId", r.documentId());
                ArrayNode organs = n.putArray("organIds");
                r.organIds().forEach(organs::add);
            }));
            ArrayNode targets = out.putArray("targets");
            p.targetDocumentIds().forEach(targets::add);
            if (p.steeringType() == null) {
                out.putNull("steeringType");
            } else {
                out.put("steeringType", p.steeringType());
            }
            ArrayNode atts = out.putArray("attachments");
            // size/sha256 are those of the bytes delivered (the file the sender attached), with or without --extract.
            p.attachments().forEach(a -> {
                ObjectNode n = atts.addObject()
                        .put("name", a.name())
                        .put("contentType", a.deliveredContentType())
                        .put("size", a.size())
                        .put("sha256", a.sha256())
                        .put("zipped", a.zipped())
                        .put("unwrapped", a.unwrapped());
                n.putObject("transfer")
                        .put("contentType", a.contentType())
                        .put("size", a.transferSize())
                        .put("sha256", a.transferSha256());
                a.contentFile().ifPresent(f -> n.put("extractedTo", f.toString()));
            });
            out.put("signature", p.signature().name());
            ArrayNode warnings = out.putArray("warnings");
            p.warnings().forEach(warnings::add);
            var stdout = spec.commandLine().getOut();
            if (options.json) {
                Json.print(stdout, out);
            } else {
                stdout.println((p.kind() == ParsedEdxml.Kind.EDOC
                                ? CliLang.t("Văn bản", "Document")
                                : CliLang.t("Trạng thái", "Status"))
                        + CliLang.t(" từ ", " from ") + p.from().organId() + " "
                        + (p.from().organName() == null ? "" : p.from().organName()));
                if (p.subject() != null) {
                    stdout.println(CliLang.t("  Trích yếu: ", "  Subject: ") + p.subject());
                }
                if (p.statusCode() != null) {
                    stdout.println(CliLang.t("  Mã trạng thái: ", "  Status: ")
                            + p.statusCode()
                            + p.knownStatus().map(s -> " " + s.vietnamese()).orElse(""));
                }
                p.targetDocumentIds()
                        .forEach(t -> stdout.println(CliLang.t("  Văn bản liên quan: ", "  Acts on: ") + t));
                p.attachments()
                        .forEach(a -> stdout.println(CliLang.t("  Đính kèm: ", "  Attachment: ") + a.name()
                                + " ("
                                + a.size() + " bytes, sha256 " + a.sha256()
                                + (a.zipped() ? ", zipped by the official SDK" : "") + ")"
                                + a.contentFile().map(f -> " → " + f).orElse("")));
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
}
