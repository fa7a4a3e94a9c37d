package io.github.egovsdk.cli;

import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.interconnect.DecodedDossier;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.InterconnectPayloads;
import io.github.egovsdk.civil.interconnect.PayloadLimits;
import io.github.egovsdk.civil.registration.CivilRegistration;
import io.github.egovsdk.civil.registration.DeathRegistration;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.cli.demo.CivilSteps;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code egov civil ...}: interconnected birth and death registration (liên thông khai sinh / khai tử). */
@Command(
        name = "civil",
        mixinStandardHelpOptions = true,
        description =
                "Interconnected birth/death registration: decode DVCLT dossiers, run the hand-off on the sandbox.",
        subcommands = {
            CivilCommand.Parse.class,
            CivilCommand.Run.class,
            CivilRecordCommands.Marriage.class,
            CivilRecordCommands.CriminalRecord.class
        })
final class CivilCommand {

    /** {@code egov civil parse FILE [--json]}. */
    @Command(
            name = "parse",
            mixinStandardHelpOptions = true,
            description = "Decodes a dossier exactly as the DVCLT detail call returns it (double-encoded JSON with the"
                    + " civil-status XML). Exit 0 valid, 1 a required field missing or invalid, 2 malformed or unsafe.")
    static final class Parse implements Callable<Integer> {
        @Parameters(
                index = "0",
                paramLabel = "FILE",
                description =
                        "The DVCLT detail reply (JSON with the encoded civil-status XML), as the detail call returns "
                                + "it.")
        Path file;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            int max = PayloadLimits.DEFAULT.maxJsonBytes();
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(max + 1);
            }
            if (bytes.length > max) {
                throw new PayloadFormatException(
                        "detail", "the file is over the limit of " + max + " bytes", true, null);
            }
            DecodedDossier decoded = InterconnectPayloads.inspect(bytes, PayloadLimits.DEFAULT);
            InterconnectDossier d = decoded.dossier();
            ObjectNode out = Json.object();
            out.put("module", d.module().interconnectCode().orElse(null));
            out.put("interconnectCode", d.interconnectCode());
            out.put("procedureCode", d.procedureCode());
            out.put("unitCode", d.unitCode());
            out.put("receivedAt", d.receivedAt() == null ? null : d.receivedAt().toString());
            CivilRegistration r = d.registration();
            ObjectNode reg = out.putObject("registration");
            reg.put("kind", r instanceof DeathRegistration ? "DEATH" : "BIRTH");
            reg.put("subjectName", r.subjectName());
            reg.put(
                    "subjectBirthDate",
                    r.subjectBirthDate() == null ? null : r.subjectBirthDate().toString());
            reg.put(
                    "deathDate",
                    r instanceof DeathRegistration x && x.deathDate() != null
                            ? x.deathDate().toString()
                            : null);
            reg.put("requesterName", r.requester().name());
            String id = r.requester().document().number();
            reg.put("requesterIdNumber", id == null ? null : Redactor.maskPersonalId(id));
            ArrayNode files = out.putArray("attachments");
            for (Attachment a : d.attachments()) {
                files.addObject()
                        .put("name", a.fileName())
                        .put("documentName", a.documentName())
                        .put("size", a.size())
                        .put("sha256", a.sha256())
                        .put("cancelled", a.cancelled());
            }
            ArrayNode errors = out.putArray("errors");
            decoded.problems().forEach(p -> errors.addObject()
                    .put("field", p.field())
                    .put("en", p.en())
                    .put("vi", p.vi()));
            ArrayNode warnings = out.putArray("warnings");
            decoded.warnings().forEach(warnings::add);
            var stdout = spec.commandLine().getOut();
            if (options.json) {
                Json.print(stdout, out);
            } else {
                stdout.println((decoded.valid() ? "Hợp lệ / valid: " : "Không hợp lệ / invalid: ")
                        + out.path("registration").path("kind").asString() + " " + d.interconnectCode());
                stdout.println("  procedure: " + d.procedureCode() + ", unit: " + d.unitCode() + ", received: "
                        + d.receivedAtText());
                stdout.println("  subject: " + r.subjectName() + ", requester ID: "
                        + reg.path("requesterIdNumber").asString(""));
                d.attachments()
                        .forEach(a -> stdout.println("  file: " + a.fileName() + " (" + a.size() + " bytes"
                                + (a.cancelled() ? ", cancelled" : "") + ")"));
                decoded.problems().forEach(p -> stdout.println("  ✗ " + p.field() + ": " + p.en() + " / " + p.vi()));
                decoded.warnings().forEach(w -> stdout.println("  ! " + w));
                stdout.flush();
            }
            return decoded.valid() ? EgovCli.OK : EgovCli.CHECK_FAILED;
        }
    }

    /** {@code egov civil run [--output DIR]}: the whole hand-off against an embedded sandbox. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Runs the interconnected birth registration on an embedded sandbox: DVCLT → one-stop →"
                    + " Ministry of Justice → certificate → statuses 1, 3, 7, 4.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--output", description = "Where the certificate PDF is written (default: current folder).")
        Path output = Path.of(".");

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var stdout = spec.commandLine().getOut();
            Files.createDirectories(output);
            try (EgovSandbox sandbox = EgovSandbox.start()) {
                String result = CivilSteps.run(sandbox, output, line -> {
                    stdout.println("  " + line);
                    stdout.flush();
                });
                stdout.println("✓ " + result);
            }
            stdout.flush();
            return EgovCli.OK;
        }
    }
}
