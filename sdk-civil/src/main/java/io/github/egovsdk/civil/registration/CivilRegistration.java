package io.github.egovsdk.civil.registration;

import io.github.egovsdk.civil.CivilModule;
import java.time.LocalDate;

/**
 * The civil-status declaration (tờ khai hộ tịch) carried by an interconnected dossier: a
 * {@link BirthRegistration} (khai sinh) or a {@link DeathRegistration} (khai tử).
 */
public sealed interface CivilRegistration permits BirthRegistration, DeathRegistration {

    CivilModule module();

    /** The registration authority's administrative-unit code (nơi đăng ký, {@code noiDangKy}). */
    String registrationAuthority();

    /** The child's or the deceased's full name. */
    String subjectName();

    /** The child's or the deceased's date of birth; null when not declared. */
    LocalDate subjectBirthDate();

    Requester requester();
}
