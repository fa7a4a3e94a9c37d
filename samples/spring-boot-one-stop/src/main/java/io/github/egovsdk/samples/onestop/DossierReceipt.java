package io.github.egovsdk.samples.onestop;

import java.time.LocalDateTime;

/** What the front desk gets back: the dossier code, its due date, and where the citizen pays the fee. */
public record DossierReceipt(
        String dossierCode,
        String procedureCode,
        LocalDateTime dueAt,
        long feeVnd,
        String paymentReference,
        String paymentUrl) {}
