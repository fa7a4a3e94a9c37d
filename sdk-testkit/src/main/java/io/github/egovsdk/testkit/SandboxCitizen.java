package io.github.egovsdk.testkit;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic citizen (công dân thử nghiệm) known to the sandbox's VNeID, portal SSO and population database. Names
 * say "Thử Nghiệm" so nobody mistakes them for real people; the numbers follow the 12-digit rules.
 *
 * @param personalId  12-digit personal identification number
 * @param fullName    full name
 * @param dateOfBirth date of birth
 * @param gender      1 male, 2 female (the portal's {@code GioiTinh})
 * @param address     permanent address
 * @param techId      the portal's stable technical user id ({@code TechID})
 * @param password    the sandbox login password
 */
public record SandboxCitizen(
        String personalId,
        String fullName,
        LocalDate dateOfBirth,
        int gender,
        String address,
        String techId,
        String password) {

    /** Everyone the sandbox knows. */
    public static final List<SandboxCitizen> ALL = List.of(
            new SandboxCitizen(
                    "001099012345",
                    "Nguyễn Thử Nghiệm",
                    LocalDate.of(1999, 1, 1),
                    1,
                    "Số 1 phố Thử Nghiệm, phường Sandbox, Hà Nội",
                    "TECH-SANDBOX-0001",
                    "sandbox-pass-1"),
            new SandboxCitizen(
                    "079301000222",
                    "Trần Thị Thử Nghiệm",
                    LocalDate.of(2001, 5, 20),
                    2,
                    "Số 2 đường Thử Nghiệm, phường Sandbox, TP. Hồ Chí Minh",
                    "TECH-SANDBOX-0002",
                    "sandbox-pass-2"),
            new SandboxCitizen(
                    "027085000333",
                    "Lê Văn Thử Nghiệm",
                    LocalDate.of(1985, 12, 31),
                    1,
                    "Thôn Thử Nghiệm, xã Sandbox, Bắc Ninh",
                    "TECH-SANDBOX-0003",
                    "sandbox-pass-3"));

    @Override
    public String toString() {
        return "SandboxCitizen[" + Redactor.maskPersonalId(personalId) + "]";
    }
}
