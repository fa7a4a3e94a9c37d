package io.github.egovsdk.samples;

import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.vneid.card.CardQr;
import io.github.egovsdk.vneid.card.Mrz;

/**
 * Reads a citizen's card (thẻ CCCD / căn cước): the QR string printed on the front, the TD1 machine-readable zone on
 * the back, and the 12-digit personal ID number they carry (province, gender, century, birth year). Numbers are
 * masked whenever they are printed. Usage: {@code ParseCard [QR_TEXT] [MRZ_LINE1 MRZ_LINE2 MRZ_LINE3]}; without
 * arguments it reads a synthetic card of a sandbox citizen.
 */
public final class ParseCard {
    private ParseCard() {}

    public static void main(String[] args) {
        SandboxCitizen c = SandboxCitizen.ALL.get(0);
        String qrText = args.length > 0
                ? args[0]
                : c.personalId() + "||" + c.fullName() + "|01011999|Nam|" + c.address() + "|15082021";
        CardQr qr = CardQr.parse(qrText);
        System.out.println("QR: " + (qr.valid() ? "hợp lệ / valid" : "không hợp lệ / invalid " + qr.errors())
                + ", ngày sinh / born " + qr.dateOfBirth() + ", " + qr.gender() + ", cấp / issued " + qr.issueDate());

        Mrz mrz = args.length >= 4
                ? Mrz.parse(args[1], args[2], args[3])
                : Mrz.parse(
                        "IDVNM0990123459001099012345<<0",
                        "9901018M3901016VNM<<<<<<<<<<<0",
                        "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<");
        System.out.println("MRZ: " + (mrz.valid() ? "hợp lệ / valid" : "không hợp lệ / invalid " + mrz.errors())
                + ", số kiểm tra / check digits " + mrz.checkDigits() + ", hết hạn / expires " + mrz.expiryDate());

        PersonalIdNumber.Result r = PersonalIdNumber.check(qr.personalId());
        System.out.println("Số định danh / personal ID: "
                + (r.valid() ? PersonalIdNumber.of(qr.personalId()) : "không hợp lệ / invalid " + r.errors()));
        System.out.println("Tỉnh / province: "
                + r.province().map(p -> p.code() + " " + p.name()).orElse("?") + "; giới tính / gender: " + r.gender()
                + ", năm sinh / birth year: " + r.birthYear());
        System.out.println("QR và MRZ cùng một người / QR and MRZ agree: "
                + qr.personalId().equals(mrz.personalId()));
    }
}
