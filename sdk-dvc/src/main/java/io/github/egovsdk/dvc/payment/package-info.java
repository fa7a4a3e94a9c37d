/**
 * The national payment platform (PayGov / DVCQG payment): {@link io.github.egovsdk.dvc.payment.PaymentClient}
 * (INIT, QUERY, callback verification, GET_BILL e-receipt), amounts in whole đồng ({@link
 * io.github.egovsdk.dvc.payment.VndAmount}) and the message authentication {@code MaXacThuc} with 24-hour timestamps
 * ({@link io.github.egovsdk.dvc.payment.PaymentMac}).
 */
package io.github.egovsdk.dvc.payment;
