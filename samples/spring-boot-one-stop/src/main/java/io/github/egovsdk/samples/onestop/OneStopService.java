package io.github.egovsdk.samples.onestop;

import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierCodeGenerator;
import io.github.egovsdk.dvc.dossier.DossierFee;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.dossier.FeeCollection;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.ReceiptFee;
import io.github.egovsdk.dvc.payment.ReceiptInfo;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Receives a dossier: checks the citizen, syncs the dossier to the portal, starts the fee's payment. */
@Service
public class OneStopService {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final PopulationDbClient population;
    private final PortalClient portal;
    private final PaymentClient payments;
    private final String agencyCode;
    private final String agencyName;
    private final DossierCodeGenerator codes =
            new DossierCodeGenerator(DossierCodeGenerator.CounterStore.inMemory(), Clock.system(VN));

    public OneStopService(
            PopulationDbClient population,
            PortalClient portal,
            PaymentClient payments,
            @Value("${onestop.agency-code}") String agencyCode,
            @Value("${onestop.agency-name}") String agencyName) {
        this.population = population;
        this.portal = portal;
        this.payments = payments;
        this.agencyCode = agencyCode;
        this.agencyName = agencyName;
    }

    /** @throws CitizenNotConfirmedException when the population database does not confirm the applicant */
    public DossierReceipt receive(DossierRequest request) {
        if (!population
                .verify(
                        CitizenQuery.byPersonalId(request.personalId(), request.fullName(), request.dateOfBirth()),
                        new LookupContext("MOTCUA", "tiếp nhận hồ sơ một cửa"))
                .matches()) {
            throw new CitizenNotConfirmedException();
        }
        Procedure procedure = portal.procedure(request.procedureCode())
                .orElseThrow(() -> new UnknownProcedureException(request.procedureCode()));
        LocalDateTime now = LocalDateTime.now(VN).withNano(0);
        String code = codes.next(agencyCode).value();
        DueDate due = procedure.processingTime().dueDate(AppointmentDates.vietnam(), now, List.of());
        long fee = procedure.totalFeesVnd();
        Dossier dossier = Dossier.builder()
                .code(code)
                .procedure(procedure.code(), procedure.name())
                .sector(procedure.sector().code(), procedure.sector().name())
                .channel(Channel.IN_PERSON)
                .applicant(Applicant.citizen(request.fullName(), request.personalId()))
                .summary(request.summary())
                .receivedAt(now)
                .submittedAt(now)
                .dueAt(due.due())
                .status(DossierStatus.REGISTERED.moveTo(DossierStatus.ACCEPTED))
                .addFee(new DossierFee("Lệ phí", "LP-" + procedure.code().raw(), FeeCollection.BEFORE, fee, "Lệ phí"))
                .handlingUnit(agencyName)
                .build();
        portal.sync(dossier);
        ReceiptInfo receipt = new ReceiptInfo(
                procedure.code().paymentServiceCode(),
                procedure.name(),
                procedure.code().raw(),
                procedure.name(),
                agencyCode,
                agencyName,
                code,
                request.fullName(),
                request.personalId(),
                null,
                "THANH TOAN HO SO " + code,
                List.of(new ReceiptFee("2", "LP-" + procedure.code().raw(), "Lệ phí", VndAmount.of(fee))),
                Map.of());
        PaymentInit init = payments.init(new PaymentOrder(code, VndAmount.of(fee), null, receipt));
        return new DossierReceipt(
                code,
                procedure.code().raw(),
                due.due(),
                fee,
                init.reference(),
                init.paymentUrl().toString());
    }

    /** The population database did not confirm the applicant's identity. */
    public static final class CitizenNotConfirmedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CitizenNotConfirmedException() {
            super("The population database did not confirm the applicant / CSDL dân cư không xác nhận người nộp");
        }
    }

    /** The portal does not know the procedure. */
    public static final class UnknownProcedureException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownProcedureException(String code) {
            super("Unknown procedure " + code + " / Không có thủ tục " + code);
        }
    }
}
