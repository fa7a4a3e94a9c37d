package io.github.egovsdk.testkit.contract;

import io.github.egovsdk.dvc.payment.PaymentInit;
import java.net.URI;
import java.util.Optional;

/**
 * Where {@link PaymentContract} runs: the payment platform's endpoint, paths and partner account, and optionally a
 * {@link Payer} that completes a payment the way a citizen would. Vendors describe their staging platform with
 * environment variables ({@link #fromEnvironment()}). {@link #toString()} hides the secret.
 *
 * @param endpoint    the platform's base URL
 * @param initPath    {@code InitUrl} relative to it ({@code init})
 * @param queryPath   {@code CheckConfirmUrl} ({@code query})
 * @param receiptPath {@code InitReceiptUrl}, GET_BILL ({@code receipt})
 * @param partnerCode {@code MaDoiTac}
 * @param secret      the shared secret of {@code MaXacThuc}
 * @param serverIp    the IPv4 sent as {@code Ip}
 * @param payer       pays and hands back the callback; null when the target has no scripted payer (the paid-flow test
 *                    is then skipped)
 */
public record PaymentTarget(
        URI endpoint,
        String initPath,
        String queryPath,
        String receiptPath,
        String partnerCode,
        String secret,
        String serverIp,
        Payer payer) {

    /** Plays the citizen: pays on the platform and returns the callback it POSTed to the partner. */
    @FunctionalInterface
    public interface Payer {
        /**
         * Pays {@code init} successfully and returns the raw JSON body of the platform's callback.
         *
         * @throws Exception when the payment or the callback did not happen
         */
        String payAndAwaitCallback(PaymentInit init) throws Exception;
    }

    /**
     * Reads {@code EGOV_PAYMENT_ENDPOINT}, {@code EGOV_PAYMENT_PARTNER_CODE}, {@code EGOV_PAYMENT_SECRET},
     * {@code EGOV_PAYMENT_SERVER_IP} (required once the endpoint is set) and the optional {@code
     * EGOV_PAYMENT_INIT_PATH}, {@code EGOV_PAYMENT_QUERY_PATH}, {@code EGOV_PAYMENT_RECEIPT_PATH}; empty when the
     * endpoint is unset. No payer: a staging platform's payment page needs a person (or your own scripted payer — pass
     * it to the constructor).
     */
    public static Optional<PaymentTarget> fromEnvironment() {
        String endpoint = Env.get("EGOV_PAYMENT_ENDPOINT");
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(new PaymentTarget(
                URI.create(endpoint),
                Env.get("EGOV_PAYMENT_INIT_PATH", "init"),
                Env.get("EGOV_PAYMENT_QUERY_PATH", "query"),
                Env.get("EGOV_PAYMENT_RECEIPT_PATH", "receipt"),
                Env.required("EGOV_PAYMENT_PARTNER_CODE", "EGOV_PAYMENT_ENDPOINT"),
                Env.required("EGOV_PAYMENT_SECRET", "EGOV_PAYMENT_ENDPOINT"),
                Env.required("EGOV_PAYMENT_SERVER_IP", "EGOV_PAYMENT_ENDPOINT"),
                null));
    }

    @Override
    public String toString() {
        return "PaymentTarget[" + endpoint + ", partner=" + partnerCode + ", secret=****, ip=" + serverIp + ", payer="
                + (payer == null ? "none" : "scripted") + "]";
    }
}
