package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.vneid.card.CardQr;
import io.github.egovsdk.vneid.internal.NameKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from the chip of a CCCD / thẻ căn cước: the parsed files (EF.COM, DG1 MRZ, DG2 face, DG13
 * Vietnamese personal data, EF.SOD) and the raw {@link ChipFiles} for {@link PassiveAuthenticator}. The convenience
 * getters prefer DG13 (full Vietnamese data) and fall back to the MRZ.
 *
 * <p>Parsing is not authentication: trust the data only after {@link PassiveAuthenticator#verify(ChipFiles)} passed.
 * Personal data: {@link #toString()} masks the ID and omits names and the face; {@link #face()},
 * {@link Dg13#ethnicity()}, {@link Dg13#religion()} and {@link Dg13#identifyingMarks()} are <b>sensitive</b> data.
 *
 * <p>Example:
 * <pre>{@code
 * ChipFiles files = ChipFiles.builder().com(efCom).sod(efSod).dataGroup(1, dg1).dataGroup(13, dg13).build();
 * CitizenCardChip chip = CitizenCardChip.read(files);    // the files exactly as the NFC reader returned them
 * chip.personalId(); chip.fullName(); chip.dateOfBirth();
 * chip.disagreementsWith(CardQr.parse(qrText));          // fields where the printed QR differs from the chip
 * }</pre>
 */
public final class CitizenCardChip {
    private final ChipFiles files;
    private final EfCom com;
    private final Dg1 dg1;
    private final Dg2 dg2;
    private final Dg13 dg13;
    private final EfSod sod;
    private final List<String> warnings;

    private CitizenCardChip(ChipFiles files) {
        this.files = files;
        this.com = files.com().map(EfCom::parse).orElse(null);
        this.dg1 = files.dataGroup(1).map(Dg1::parse).orElse(null);
        this.dg2 = files.dataGroup(2).map(Dg2::parse).orElse(null);
        this.dg13 = files.dataGroup(13).map(Dg13::parse).orElse(null);
        this.sod = files.sod().map(EfSod::parse).orElse(null);
        List<String> w = new ArrayList<>();
        if (dg13 != null) {
            w.addAll(dg13.warnings());
        }
        if (dg1 != null && !dg1.mrz().valid()) {
            w.add("The DG1 MRZ has errors: " + dg1.mrz().errors().size());
        }
        if (dg1 != null
                && dg13 != null
                && dg1.mrz().personalId() != null
                && dg13.personalId().isPresent()
                && !dg1.mrz().personalId().equals(dg13.personalId().get())) {
            w.add("The personal ID in DG13 differs from the one in the DG1 MRZ");
        }
        if (com != null) {
            for (int dg : com.dataGroups()) {
                if (!files.dataGroupNumbers().contains(dg) && (dg == 1 || dg == 2 || dg == 13)) {
                    w.add("EF.COM lists DG" + dg + " but it was not read");
                }
            }
        }
        this.warnings = List.copyOf(w);
    }

    /**
     * Parses every file present.
     *
     * @throws ChipFormatException when a present file is malformed (the exception names the file)
     */
    public static CitizenCardChip read(ChipFiles files) {
        return new CitizenCardChip(Objects.requireNonNull(files, "files"));
    }

    public ChipFiles files() {
        return files;
    }

    public Optional<EfCom> com() {
        return Optional.ofNullable(com);
    }

    public Optional<Dg1> dg1() {
        return Optional.ofNullable(dg1);
    }

    public Optional<Dg2> dg2() {
        return Optional.ofNullable(dg2);
    }

    public Optional<Dg13> dg13() {
        return Optional.ofNullable(dg13);
    }

    public Optional<EfSod> sod() {
        return Optional.ofNullable(sod);
    }

    /** The face image from DG2. <b>Sensitive</b> (biometric): do not log or store without consent. */
    public Optional<FaceImage> face() {
        return dg2().map(Dg2::face);
    }

    /** Số định danh cá nhân: DG13 field 1, else the MRZ. Basic personal data. */
    public Optional<String> personalId() {
        return dg13().flatMap(Dg13::personalId).or(() -> dg1().map(d -> d.mrz().personalId()));
    }

    /** Họ và tên with diacritics from DG13, else the MRZ name ({@code SURNAME, GIVEN NAMES}). */
    public Optional<String> fullName() {
        return dg13().flatMap(Dg13::fullName).or(() -> dg1().map(d -> d.mrz().names()));
    }

    /** Ngày sinh: DG13 field 3, else the MRZ. */
    public Optional<LocalDate> dateOfBirth() {
        return dg13().flatMap(Dg13::dateOfBirth).or(() -> dg1().map(d -> d.mrz().dateOfBirth()));
    }

    /** Giới tính: DG13 field 4, else the MRZ. */
    public Optional<Gender> gender() {
        return dg13().flatMap(Dg13::gender)
                .or(() -> dg1().map(d -> d.mrz().gender()).flatMap(g -> switch (g) {
                    case "MALE" -> Optional.of(Gender.MALE);
                    case "FEMALE" -> Optional.of(Gender.FEMALE);
                    default -> Optional.empty();
                }));
    }

    /**
     * Where the QR code printed on the card disagrees with this chip read: {@code personalId}, {@code fullName},
     * {@code dateOfBirth}, {@code gender}, {@code oldIdNumber} (names compared without case or diacritics; a field
     * absent on either side is not compared). The chip is the authority — the QR is printed, unsigned and easy to
     * forge — so a non-empty answer means: do not use the QR's data. Field names only, never values.
     */
    public List<String> disagreementsWith(CardQr qr) {
        Objects.requireNonNull(qr, "qr");
        List<String> out = new ArrayList<>();
        differs(out, "personalId", personalId(), qr.personalId());
        differs(out, "fullName", fullName().map(NameKey::of), qr.fullName() == null ? null : NameKey.of(qr.fullName()));
        differs(out, "dateOfBirth", dateOfBirth(), qr.dateOfBirth());
        differs(out, "gender", gender(), qr.gender());
        differs(out, "oldIdNumber", dg13().flatMap(Dg13::oldIdNumber), qr.oldIdNumber());
        return List.copyOf(out);
    }

    private static <T> void differs(List<String> out, String field, Optional<T> chipValue, T qrValue) {
        if (chipValue.isPresent()
                && qrValue != null
                && !(qrValue instanceof String s && s.isBlank())
                && !chipValue.get().equals(qrValue)) {
            out.add(field);
        }
    }

    /** Inconsistencies found while reading (never containing personal data). */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "CitizenCardChip[personalId="
                + personalId().map(Redactor::maskPersonalId).orElse("-") + ", files=" + files + ", warnings="
                + warnings.size() + "]";
    }
}
