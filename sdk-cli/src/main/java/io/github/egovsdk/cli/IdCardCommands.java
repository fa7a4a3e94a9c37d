package io.github.egovsdk.cli;

import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import io.github.egovsdk.vneid.card.CardQr;
import io.github.egovsdk.vneid.card.Mrz;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code egov id qr} and {@code egov id mrz}: the card's QR string and TD1 MRZ. */
final class IdCardCommands {
    private IdCardCommands() {}

    /** {@code egov id qr TEXT [--json]}. */
    @Command(name = "qr", mixinStandardHelpOptions = true, description = "Parses the QR string printed on a CCCD card.")
    static final class Qr implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TEXT", description = "The QR text, fields separated by |.")
        String text;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CardQr q = CardQr.parse(text);
            ObjectNode out = Json.object()
                    .put("valid", q.valid())
                    .put("personalId", q.personalId())
                    .put("oldIdNumber", q.oldIdNumber())
                    .put("fullName", q.fullName())
                    .put(
                            "dateOfBirth",
                            q.dateOfBirth() == null ? null : q.dateOfBirth().toString())
                    .put("gender", q.gender() == null ? null : q.gender().name())
                    .put("address", q.address())
                    .put(
                            "issueDate",
                            q.issueDate() == null ? null : q.issueDate().toString());
            ArrayNode w = out.putArray("warnings");
            q.warnings().forEach(w::add);
            ArrayNode e = out.putArray("errors");
            q.errors().forEach(e::add);
            print(spec, options.json, out);
            return q.valid() ? EgovCli.OK : EgovCli.CHECK_FAILED;
        }
    }

    /** {@code egov id mrz LINE1 LINE2 LINE3 [--json]}. */
    @Command(name = "mrz", mixinStandardHelpOptions = true, description = "Parses the TD1 MRZ of a CCCD card.")
    static final class MrzCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LINE1", description = "First MRZ line (30 characters).")
        String line1;

        @Parameters(index = "1", paramLabel = "LINE2", description = "Second MRZ line.")
        String line2;

        @Parameters(index = "2", paramLabel = "LINE3", description = "Third MRZ line.")
        String line3;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Mrz m = Mrz.parse(line1, line2, line3);
            ObjectNode out = Json.object()
                    .put("valid", m.valid())
                    .put("documentNumber", m.documentNumber())
                    .put("personalId", m.personalId())
                    .put(
                            "dateOfBirth",
                            m.dateOfBirth() == null ? null : m.dateOfBirth().toString())
                    .put(
                            "expiryDate",
                            m.expiryDate() == null ? null : m.expiryDate().toString())
                    .put("gender", m.gender())
                    .put("nationality", m.nationality())
                    .put("names", m.names());
            ObjectNode checks = out.putObject("checkDigits");
            m.checkDigits().forEach(checks::put);
            ArrayNode e = out.putArray("errors");
            m.errors().forEach(e::add);
            print(spec, options.json, out);
            return m.valid() ? EgovCli.OK : EgovCli.CHECK_FAILED;
        }
    }

    static void print(picocli.CommandLine.Model.CommandSpec spec, boolean json, ObjectNode out) {
        var stdout = spec.commandLine().getOut();
        if (json) {
            Json.print(stdout, out);
            return;
        }
        stdout.println(
                out.get("valid").asBoolean() ? CliLang.t("Hợp lệ", "Valid") : CliLang.t("Không hợp lệ", "Not valid"));
        out.properties().forEach(en -> {
            if (!en.getKey().equals("valid") && !en.getValue().isNull()) {
                stdout.println("  " + en.getKey() + ": " + en.getValue());
            }
        });
        stdout.flush();
    }
}
