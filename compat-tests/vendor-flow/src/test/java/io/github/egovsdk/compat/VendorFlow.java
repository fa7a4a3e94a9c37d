package io.github.egovsdk.compat;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierCodeGenerator;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.PaymentResult;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalDossier;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxAgency;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenVerification;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import io.github.egovsdk.vneid.population.VerificationOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What a vendor's application does with the SDK, compiled and run under each compatibility module's own dependency
 * management (Spring Boot 3.5, Spring Boot 4.0, a plain Jackson 2 app). Every step talks to the embedded sandbox over
 * real HTTP and throws {@link AssertionError} when an answer is wrong; a linkage error (NoClassDefFoundError,
 * NoSuchMethodError) propagates and fails the build.
 */
public final class VendorFlow {
    private VendorFlow() {}

    /** Runs every step; returns the names of the steps done, in order. */
    public static List<String> run(Path work) throws Exception {
        List<String> done = new ArrayList<>();
        Locale.setDefault(Locale.ENGLISH);
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCitizen citizen = sandbox.citizens().get(0);
            String dossierCode = portalSyncAndLookup(sandbox, citizen);
            done.add("portal sync + lookup");
            paymentInitAndQuery(sandbox, dossierCode);
            done.add("payment INIT/QUERY");
            populationCheck(sandbox, citizen);
            done.add("population DB check");
            vxpSendAndReceive(sandbox, work);
            done.add("VXP send + receive");
            padesSignAndVerify(sandbox, work);
            done.add("PAdES sign + verify");
        }
        return done;
    }

    /** An SDK validation error (a bad agency code in an edXML document): its violations, as the app sees them. */
    public static List<Violation> sdkValidationError() {
        try {
            EdocDocument.builder()
                    .from(Organization.of("h27.lower", "Bad agency"))
                    .to(Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name()))
                    .code("1", "UBND")
                    .promulgation("Hà Nội", LocalDate.of(2026, 1, 5))
                    .subject("Test")
                    .build();
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("a bad agency code was accepted");
    }

    private static String portalSyncAndLookup(EgovSandbox sandbox, SandboxCitizen citizen) {
        try (PortalClient portal = PortalClient.builder()
                .endpoint(sandbox.portalEndpoint())
                .login(EgovSandbox.PORTAL_USERNAME, EgovSandbox.PORTAL_PASSWORD)
                .dstCode(EgovSandbox.AGENCY_A.organId())
                .agencyCode(EgovSandbox.AGENCY_A.organId())
                .build()) {
            Procedure procedure = portal.procedure("1.001234").orElseThrow(() -> new AssertionError("no procedure"));
            String techId = portal.techId(citizen.personalId()).orElseThrow(() -> new AssertionError("no TechID"));
            LocalDateTime received =
                    LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.MINUTES);
            Dossier dossier = Dossier.builder()
                    .code(DossierCodeGenerator.inMemory().next(EgovSandbox.AGENCY_A.organId()))
                    .procedure(procedure.code(), procedure.name())
                    .sector(procedure.sector().code(), procedure.sector().name())
                    .channel(Channel.ONLINE)
                    .applicant(Applicant.citizen(citizen.fullName(), citizen.personalId())
                            .withTechId(techId))
                    .receivedAt(received)
                    .dueAt(procedure
                            .processingTime()
                            .dueDate(AppointmentDates.vietnam(), received, List.of())
                            .due())
                    .status(DossierStatus.ACCEPTED)
                    .vneidVerified(true)
                    .build();
            portal.sync(dossier);
            PortalDossier found = portal.lookup(dossier.code()).orElseThrow(() -> new AssertionError("not found"));
            check(found.dossier().code().equals(dossier.code()), "lookup returns the synced dossier");
            return dossier.code().toString();
        }
    }

    private static void paymentInitAndQuery(EgovSandbox sandbox, String dossierCode) {
        try (PaymentClient payments = PaymentClient.builder()
                .endpoint(sandbox.paymentEndpoint())
                .partnerCode(EgovSandbox.PAYMENT_PARTNER)
                .secret(EgovSandbox.PAYMENT_SECRET)
                .serverIp("127.0.0.1")
                .build()) {
            PaymentInit init = payments.init(PaymentOrder.of(dossierCode, VndAmount.of(8_000)));
            check(init.paymentUrl() != null && !init.reference().isBlank(), "INIT gives a reference and a URL");
            PaymentResult status = payments.query(init.reference());
            check(
                    !status.isSuccessful() && init.reference().equals(status.reference()),
                    "QUERY of an unpaid order says not paid: " + status.resultCode());
        }
    }

    private static void populationCheck(EgovSandbox sandbox, SandboxCitizen citizen) {
        List<Object> audit = new ArrayList<>();
        try (PopulationDbClient population = PopulationDbClient.builder()
                .endpoint(sandbox.populationEndpoint())
                .integrationCode("037")
                .serviceCode("COMPAT-1.000001")
                .auditHook(r -> audit.add(r.outcome()))
                .build()) {
            CitizenVerification check = population.verify(
                    CitizenQuery.byPersonalId(citizen.personalId(), citizen.fullName(), citizen.dateOfBirth()),
                    new LookupContext("COMPAT-01", "compatibility test"));
            check(check.outcome() == VerificationOutcome.MATCH, "population DB matches: " + check.outcome());
            check(audit.size() == 1, "the lookup is audited once: " + audit);
        }
    }

    private static void vxpSendAndReceive(EgovSandbox sandbox, Path work) throws Exception {
        SandboxAgency a = EgovSandbox.AGENCY_A;
        SandboxAgency b = EgovSandbox.AGENCY_B;
        try (VxpClient axisA = sandbox.axisClient(a);
                VxpClient axisB = sandbox.axisClient(b)) {
            EdocDocument doc = EdocDocument.builder()
                    .from(Organization.of(a.organId(), a.name()))
                    .to(Organization.of(b.organId(), b.name()))
                    .code("45", "UBND-KSTT")
                    .promulgation("Bắc Ninh", LocalDate.now())
                    .subject("Kiểm thử tương thích")
                    .build();
            Path file = work.resolve("out.edxml");
            EdxmlWriter.standard().write(doc, file);
            SendResult sent = axisA.sendDocument(file, a.organId());
            AtomicReference<String> subject = new AtomicReference<>();
            int handled = EdocReceiver.builder()
                    .client(axisB)
                    .stagingDirectory(work.resolve("staging"))
                    .sendArrivedStatusAs(Organization.of(b.organId(), b.name()))
                    .handler((docId, message, staged) -> subject.set(message.subject()))
                    .build()
                    .pollOnce();
            check(
                    handled == 1 && "Kiểm thử tương thích".equals(subject.get()),
                    "B receives what A sent (" + sent.docId() + ")");
        }
    }

    private static void padesSignAndVerify(EgovSandbox sandbox, Path work) throws Exception {
        Path in = work.resolve("letter.pdf");
        Path out = work.resolve("letter-signed.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(in.toFile());
        }
        try (TsaClient tsa = sandbox.tsaClient()) {
            SigningKey key = sandbox.signingKey("CN=Kiểm Thử,O=Compat (sandbox),C=VN");
            PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .build()
                    .sign(in, out, new PadesOptions("Kiểm Thử", "Ký duyệt", "Hà Nội", null));
        }
        ValidationReport report = SignatureValidator.builder()
                .trustAnchor(sandbox.rootCa())
                .build()
                .validate(out);
        check(
                Files.size(out) > Files.size(in)
                        && report.signatures().size() == 1
                        && "TOTAL_PASSED"
                                .equals(report.signatures().get(0).indication().name()),
                "the signed PDF verifies: " + report.signatures());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
