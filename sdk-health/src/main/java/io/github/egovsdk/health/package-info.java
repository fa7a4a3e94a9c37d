/**
 * Vietnam Social Security's data gateway (Cổng tiếp nhận dữ liệu BHXH, {@code egw.baohiemxahoi.gov.vn}) for health
 * facilities: the health-insurance card check by card number or personal ID
 * ({@link io.github.egovsdk.health.HealthInsuranceClient}) and electronic health certificates — driving-licence
 * certificates, birth and death certificates ({@link io.github.egovsdk.health.HealthCertificateClient}). Depends on
 * sdk-core and sdk-signature only; reading the patient's card (QR or chip) is the caller's step.
 */
package io.github.egovsdk.health;
