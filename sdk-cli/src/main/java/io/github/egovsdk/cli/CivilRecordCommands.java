package io.github.egovsdk.cli;

import io.github.egovsdk.civil.criminal.CriminalRecordApplication;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.MarriageRegistration;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egov civil marriage FILE} and {@code egov civil criminal-record FILE}: check a marriage registration
 * ({@code DataDKKH}, or a whole {@code NhanDKHT} push of module {@code LTKH}) or a criminal-record application
 * (VNeID's {@code TaoHoSo} request or a {@code DataLGSP}) the way {@code egov civil parse} checks a DVCLT dossier.
 * Exit 0 valid, 1 a field missing or invalid (named in {@code errors}), 2 malformed. ID numbers masked.
 */
final class CivilRecordCommands {
    private static final int MAX = 64 << 20;

    private CivilRecordCommands() {}

    private static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX + 1);
        }
        if (bytes.length > MAX) {
            throw new PayloadFormatException("file", "over the limit of " + MAX + " bytes", true, null);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int print(
            CommandSpec spec, boolean json, ObjectNode out, List<RegistrationProblem> problems, String summary) {
        ArrayNode errors = out.putArray("errors");
        problems.forEach(p ->
                errors.addObject().put("field", p.field()).put("en", p.en()).put("vi", p.vi()));
        out.put("valid", problems.isEmpty());
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Json.print(stdout, out);
        } else {
            stdout.println((problems.isEmpty() ? "Hợp lệ / valid: " : "Không hợp lệ / invalid: ") + summary);
            problems.forEach(p -> stdout.println("  ✗ " + p.field() + ": " + p.en() + " / " + p.vi()));
            stdout.flush();
        }
        return problems.isEmpty() ? EgovCli.OK : EgovCli.CHECK_FAILED;
    }

    private static String mask(String id) {
        return id == null ? null : Redactor.maskPersonalId(id);
    }

    /** {@code egov civil marriage FILE [--json]}. */
    @Command(
            name = "marriage",
            mixinStandardHelpOptions = true,
            description = "Checks a marriage registration (DataDKKH JSON, or a NhanDKHT push of module LTKH) as the"
                    + " Ministry of Justice's civil-status software takes it. Exit 0 valid, 1 a field missing or"
                    + " invalid, 2 malformed.")
    static final class Marriage implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "DataDKKH JSON or a NhanDKHT body.")
        Path file;

        @Mixin
        OutputOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String text = read(file);
            JsonNode n = EgovJson.tryParse(text);
            if (n != null
                    && n.path("data").isString()
                    && "LTKH".equals(n.path("module").asString(""))) {
                text = n.path("data").asString();
            }
            ObjectNode out = Json.object();
            out.put("module", "LTKH");
            try {
                MarriageRegistration m = MarriageRegistration.parse(text);
                out.put("registrationAuthority", m.registrationAuthority());
                out.put("husbandName", m.husband().name());
                out.put("husbandIdNumber", mask(m.husband().document().number()));
                out.put("wifeName", m.wife().name());
                out.put("wifeIdNumber", mask(m.wife().document().number()));
                return print(spec, options.json, out, List.of(), "LTKH " + m.registrationAuthority());
            } catch (InvalidRegistrationException e) {
                return print(spec, options.json, out, e.problems(), "LTKH");
            }
        }
    }

    /** {@code egov civil criminal-record FILE [--json]}. */
    @Command(
            name = "criminal-record",
            mixinStandardHelpOptions = true,
            description = "Checks a criminal-record certificate application (VNeID's TaoHoSo request or a DataLGSP)."
                    + " Exit 0 valid, 1 a field missing or invalid, 2 malformed.")
    static final class CriminalRecord implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The application as JSON.")
        Path file;

        @Mixin
        OutputOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String text = read(file);
            ObjectNode out = Json.object();
            try {
                CriminalRecordApplication a = CriminalRecordIntake.parse(text);
                out.put("localCode", a.localCode());
                out.put("certificateType", a.certificateType());
                out.put("applicantName", a.applicant().name());
                out.put("applicantIdNumber", mask(a.applicant().idNumber()));
                out.put("authorised", a.authorised());
                out.put("files", a.files().size());
                return print(spec, options.json, out, List.of(), a.localCode());
            } catch (InvalidRegistrationException e) {
                return print(
                        spec,
                        options.json,
                        out,
                        e.problems(),
                        file.getFileName().toString());
            }
        }
    }
}
