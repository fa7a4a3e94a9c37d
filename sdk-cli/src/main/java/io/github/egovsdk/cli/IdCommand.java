package io.github.egovsdk.cli;

import io.github.egovsdk.core.vn.IdRuleViolation;
import io.github.egovsdk.core.vn.LegacyIdNumber;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.core.vn.Province;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code egov id ...}: identity numbers and card data. */
@Command(
        name = "id",
        description = "Personal ID numbers, card QR codes and MRZ.",
        subcommands = {IdCommand.Parse.class, IdCardCommands.Qr.class, IdCardCommands.MrzCommand.class})
final class IdCommand {

    /** {@code egov id parse NUMBER [--json]}. */
    @Command(
            name = "parse",
            mixinStandardHelpOptions = true,
            description = "Checks a 12-digit personal ID number or a 9-digit CMND number.")
    static final class Parse implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NUMBER", description = "12-digit personal ID or 9-digit CMND.")
        String number;

        @picocli.CommandLine.Mixin
        OutputOptions options;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String n = number.strip();
            ObjectNode out = Json.object();
            List<IdRuleViolation> errors;
            if (n.length() == 9) {
                errors = LegacyIdNumber.check(n);
                out.put("valid", errors.isEmpty());
                out.put("kind", "CMND");
                out.putNull("provinceCode");
                out.putNull("provinceName");
                out.putNull("gender");
                out.putNull("birthYear");
                out.putNull("century");
            } else {
                PersonalIdNumber.Result r = PersonalIdNumber.check(n);
                errors = r.errors();
                out.put("valid", r.valid());
                out.put("kind", "PERSONAL_ID");
                out.put("provinceCode", r.provinceCode());
                out.put("provinceName", r.province().map(Province::name).orElse(null));
                out.put("gender", r.gender() == null ? null : r.gender().name());
                if (r.birthYear() == null) {
                    out.putNull("birthYear");
                    out.putNull("century");
                } else {
                    out.put("birthYear", r.birthYear());
                    out.put("century", r.century());
                }
                ArrayNode warnings = out.putArray("warnings");
                r.warnings().forEach(w -> warnings.addObject()
                        .put("code", w.rule())
                        .put("en", w.message())
                        .put("vi", w.messageVi()));
            }
            ArrayNode errs = out.putArray("errors");
            errors.forEach(e -> errs.addObject()
                    .put("code", e.rule())
                    .put("en", e.message())
                    .put("vi", e.messageVi()));
            var stdout = spec.commandLine().getOut();
            if (options.json) {
                Json.print(stdout, out);
            } else {
                stdout.println(
                        out.get("valid").asBoolean()
                                ? CliLang.t("Hợp lệ", "Valid")
                                : CliLang.t("Không hợp lệ", "Not valid"));
                out.properties().forEach(e -> {
                    if (!e.getKey().equals("valid")
                            && !e.getValue().isContainer()
                            && !e.getValue().isNull()) {
                        stdout.println("  " + e.getKey() + ": " + e.getValue().asString());
                    }
                });
                errors.forEach(e -> stdout.println("  ✗ " + CliLang.t(e.messageVi(), e.message())));
                stdout.flush();
            }
            return errors.isEmpty() ? EgovCli.OK : EgovCli.CHECK_FAILED;
        }
    }
}
