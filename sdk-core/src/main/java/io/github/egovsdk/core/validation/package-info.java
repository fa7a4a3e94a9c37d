/**
 * Jakarta Validation of the SDK's models: {@link io.github.egovsdk.core.validation.Validation} throws a
 * {@link io.github.egovsdk.core.ValidationException} listing every violation, with messages in English or Vietnamese;
 * constraints for Vietnamese identifiers ({@link io.github.egovsdk.core.validation.ValidPersonalId} — số định danh cá
 * nhân, {@link io.github.egovsdk.core.validation.ValidAgencyCode} — mã định danh cơ quan).
 */
package io.github.egovsdk.core.validation;
