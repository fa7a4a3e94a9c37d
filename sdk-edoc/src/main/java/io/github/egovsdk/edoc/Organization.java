package io.github.egovsdk.edoc;

import io.github.egovsdk.core.vn.AgencyCode;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * An agency in a message header ({@code From}, {@code To}): cơ quan gửi / nhận.
 *
 * @param organId              the agency's electronic identifier (mã định danh, Decision 20/2020/QĐ-TTg)
 * @param organizationInCharge the superior body (cơ quan chủ quản); may be null
 * @param organName            name (tên cơ quan)
 * @param organAdd             address; may be null
 * @param email                may be null
 * @param telephone            may be null
 * @param fax                  may be null
 * @param website              may be null
 */
public record Organization(
        @NotBlank String organId,
        String organizationInCharge,
        @NotBlank String organName,
        String organAdd,
        String email,
        String telephone,
        String fax,
        String website) {

    public Organization {
        Objects.requireNonNull(organId, "organId");
    }

    /** An agency with only its code and name. */
    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }

    /** The identifier parsed leniently (real traffic carries non-conforming codes). */
    public AgencyCode agencyCode() {
        return AgencyCode.parseLenient(organId);
    }
}
