package io.github.egovsdk.dvc.payment;

import java.net.URI;

/**
 * A payment created on the platform: where to send the payer, and the reference to query it by.
 *
 * @param reference  {@code MaThamChieu} — keep it with the dossier, to match the callback and to {@code QUERY}
 * @param paymentUrl {@code UrlThanhToan} — redirect the payer here
 * @param timestamp  {@code ThoiGianGD} sent, {@code yyyyMMddHHmmss} in Vietnam time
 */
public record PaymentInit(String reference, URI paymentUrl, String timestamp) {}
