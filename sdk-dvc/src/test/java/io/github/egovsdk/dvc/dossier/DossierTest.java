package io.github.egovsdk.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DossierTest {

    @ParameterizedTest
    @CsvSource({
        "REGISTERED,ACCEPTED",
        "REGISTERED,NOT_ACCEPTED",
        "ACCEPTED,PROCESSING",
        "PROCESSING,SUPPLEMENT_REQUESTED",
        "SUPPLEMENT_REQUESTED,PROCESSING",
        "PROCESSING,PAYMENT_REQUESTED",
        "PAYMENT_REQUESTED,PROCESSED",
        "PROCESSING,PROCESSED",
        "PROCESSED,RESULT_RETURNED",
        "ACCEPTED,WITHDRAWN",
        "PROCESSING,STOPPED"
    })
    void moveTo_whenLegal_returnsTheNewStatus(DossierStatus from, DossierStatus to) {
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
        "REGISTERED,RESULT_RETURNED",
        "ACCEPTED,RESULT_RETURNED",
        "PROCESSING,RESULT_RETURNED",
        "RESULT_RETURNED,PROCESSING",
        "NOT_ACCEPTED,ACCEPTED",
        "WITHDRAWN,PROCESSING",
        "PROCESSED,PROCESSING"
    })
    void moveTo_whenForbidden_namesBothStatuses(DossierStatus from, DossierStatus to) {
        assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.current()).isEqualTo(from);
            assertThat(e.requested()).isEqualTo(to);
            assertThat(e.getMessage()).contains(from.vietnamese(), to.vietnamese(), String.valueOf(to.code()));
        });
    }

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void fromCode_roundTrips(DossierStatus s) {
        assertThat(DossierStatus.fromCode(s.code())).contains(s);
    }

    @Test
    void generator_whenManyThreadsOnOneDay_givesUniqueConsecutiveCodes() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T18:30:00Z"), ZoneOffset.UTC); // 01:30 on 23/11 in Vietnam
        DossierCodeGenerator g = new DossierCodeGenerator(DossierCodeGenerator.CounterStore.inMemory(), clock);
        Set<String> codes = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> codes.add(g.next("000.00.00.H27").value()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(codes).hasSize(200).contains("000.00.00.H27-261123-0001", "000.00.00.H27-261123-0200");
    }

    @ParameterizedTest
    @CsvSource({
        "000.00.00.H27-261123-0001,000.00.00.H27,2026-11-23,1",
        "H15.50.05.13-261008-0975,H15.50.05.13,2026-10-08,975",
        "000.00.00.H56-250101-12345,000.00.00.H56,2025-01-01,12345"
    })
    void parse_whenValid_readsTheParts(String text, String agency, LocalDate date, int seq) {
        DossierCode c = DossierCode.parse(text);
        assertThat(c.agencyCode()).isEqualTo(agency);
        assertThat(c.receivedOn()).isEqualTo(date);
        assertThat(c.sequence()).isEqualTo(seq);
    }

    @ParameterizedTest
    @CsvSource({"000.00.00.H27-261323-0001", "000.00.00.H27-2611-0001", "h27-261123-0001", "000.00.00.H27-261123-01"})
    void parse_whenInvalid_throwsValidationError(String text) {
        assertThatThrownBy(() -> DossierCode.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void procedureCode_whenNationalWithAgency_splitsIt() {
        ProcedureCode p = ProcedureCode.parse("1.003560.000.00.00.H56");
        assertThat(p.national()).isEqualTo("1.003560");
        assertThat(p.agencySuffix()).contains("000.00.00.H56");
        assertThat(p.paymentServiceCode()).isEqualTo("1.003560.000.00.00.H56.01");
        assertThatThrownBy(() -> ProcedureCode.parse("TTHC-1")).isInstanceOf(ValidationException.class);
    }
}
