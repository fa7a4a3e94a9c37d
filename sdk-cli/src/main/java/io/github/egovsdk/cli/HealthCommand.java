package io.github.egovsdk.cli;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.health.BirthDate;
import io.github.egovsdk.health.CardCheckRequest;
import io.github.egovsdk.health.CardCheckResult;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.health.HealthInsuranceClient;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import io.github.egovsdk.vneid.card.CardQr;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code egov health ...}: the Social Security gateway. */
@Command(
        name = "health",
        description = "Health insurance (BHYT) with the Social Security gateway.",
        mixinStandardHelpOptions = true,
        subcommands = HealthCommand.Check.class)
final class HealthCommand {

    /**
     * {@code egov health check}: token, then {@code KQNhanLichSuKCB2024}. Exit 0 when the card is usable (000–004),
     * 1 for any other result code, 2 for usage, transport or authentication failures. {@code --qr} takes the
     * patient's number, name and birth date from the QR printed on their chip ID card (the reception-desk flow).
     */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Checks a health-insurance card by card number or personal ID (KQNhanLichSuKCB2024).")
    static final class Check implements Callable<Integer> {
        @Option(names = "--endpoint", required = true, description = "Gateway base URL (e.g. the sandbox's /egw/).")
        String endpoint;

        @Option(names = "--username", required = true, description = "Gateway account (xxxxx_BV or a named user).")
        String username;

        @Option(
                names = "--password-env",
                defaultValue = "EGOV_HEALTH_PASSWORD",
                description = "Environment variable holding the password (default ${DEFAULT-VALUE}).")
        String passwordEnv;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Patient patient;

        static final class Patient {
            @Option(names = "--card", description = "Health-insurance card number.")
            String card;

            @Option(names = "--personal-id", description = "12-digit personal ID (chip ID card).")
            String personalId;

            @Option(names = "--qr", description = "The QR string printed on the chip ID card.")
            String qr;
        }

        @Option(names = "--name", description = "Holder's full name (from --qr when omitted).")
        String name;

        @Option(names = "--birth-date", description = "dd/MM/yyyy, yyyy-MM-dd or a bare year (from --qr when omitted).")
        String birthDate;

        @Option(names = "--officer-name", required = true, description = "Checking officer's full name.")
        String officerName;

        @Option(names = "--officer-id", required = true, description = "Checking officer's personal ID.")
        String officerId;

        @Option(names = "--compact-birth-date", description = "Send ngaySinh as ddMMyyyy instead of dd/MM/yyyy.")
        boolean compactBirthDate;

        @Mixin
        OutputOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String password = System.getenv(passwordEnv);
            if (password == null || password.isEmpty()) {
                return usage(
                        err,
                        "set the gateway password in the environment variable " + passwordEnv
                                + " / đặt mật khẩu trong biến môi trường " + passwordEnv);
            }
            CardCheckRequest request;
            try {
                request = request();
            } catch (ValidationException e) {
                StringBuilder sb = new StringBuilder("invalid input / dữ liệu không hợp lệ:");
                e.violations().forEach(v -> sb.append("\n  ")
                        .append(v.propertyPath())
                        .append(": ")
                        .append(v.message()));
                return usage(err, sb.toString());
            } catch (EgovClientException e) {
                return usage(err, e.getMessage());
            }
            CardCheckResult result;
            try (HealthInsuranceClient client = HealthInsuranceClient.builder()
                    .endpoint(endpoint)
                    .login(EgwLogin.of(username, password.toCharArray()))
                    .compactBirthDate(compactBirthDate)
                    .build()) {
                result = client.check(request);
            } catch (EgovServiceException | EgovTransportException e) {
                return usage(err, e.getMessage());
            } catch (EgovException e) {
                return usage(err, e.getMessage());
            }
            print(result);
            return result.usable() ? EgovCli.OK : EgovCli.CHECK_FAILED;
        }

        private CardCheckRequest request() {
            String fullName = name;
            String birth = birthDate;
            String id = patient.personalId;
            if (patient.qr != null) {
                CardQr qr = CardQr.parse(patient.qr);
                if (!qr.valid()) {
                    throw new EgovClientException("the card QR is not valid / mã QR trên thẻ không hợp lệ: "
                            + String.join("; ", qr.errors()));
                }
                id = qr.personalId();
                fullName = fullName != null ? fullName : qr.fullName();
                birth = birth != null ? birth : qr.dateOfBirth().toString();
            }
            if (fullName == null || birth == null) {
                throw new EgovClientException(
                        "--name and --birth-date are required (or --qr) / cần --name và" + " --birth-date (hoặc --qr)");
            }
            BirthDate dob = BirthDate.parse(birth);
            return patient.card != null
                    ? CardCheckRequest.byCard(patient.card, fullName, dob, officerName, officerId)
                    : CardCheckRequest.byPersonalId(id, fullName, dob, officerName, officerId);
        }

        private void print(CardCheckResult r) {
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                ObjectNode o = Json.object();
                o.put("code", r.code());
                o.put("usable", r.usable());
                o.putObject("message").put("en", r.englishMessage()).put("vi", r.vietnameseMessage());
                o.put("cardNumber", r.cardNumber());
                o.put("validFrom", date(r.validFrom()));
                o.put("validTo", date(r.validTo()));
                o.put("registeredFacility", r.registeredFacility().isEmpty() ? null : r.registeredFacility());
                o.put("fiveYearsFrom", date(r.fiveYearsFrom()));
                o.put("newCardNumber", r.newCardNumber().isEmpty() ? null : r.newCardNumber());
                o.put("visits", r.visits().size());
                o.put("checks", r.checks().size());
                Json.print(out, o);
                return;
            }
            out.println(
                    (r.usable() ? "✓ " : "✗ ") + r.code() + " " + r.vietnameseMessage() + " / " + r.englishMessage());
            out.println("  card / thẻ: " + Redactor.maskPersonalId(r.cardNumber()));
            out.println("  valid / giá trị: " + date(r.validFrom()) + " → " + date(r.validTo()));
            out.println("  registered facility / nơi ĐKKCB BĐ: " + r.registeredFacility());
            out.println("  5 years from / đủ 5 năm: " + date(r.fiveYearsFrom()));
            if (!r.newCardNumber().isEmpty()) {
                out.println("  new card / thẻ mới: " + Redactor.maskPersonalId(r.newCardNumber()));
            }
            out.println("  visits / lượt KCB: " + r.visits().size() + ", checks / lượt tra cứu: "
                    + r.checks().size());
            out.flush();
        }

        private static String date(Optional<LocalDate> d) {
            return d.map(LocalDate::toString).orElse(null);
        }

        private static int usage(PrintWriter err, String message) {
            err.println("egov: " + Redactor.redact(message));
            err.flush();
            return EgovCli.USAGE;
        }
    }
}
