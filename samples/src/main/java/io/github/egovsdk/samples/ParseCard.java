package io.github.egovsdk.samples;

import io.github.egovsdk.core.vn.PersonalIdNumber;

/**
 * Reads what is printed on a citizen's card: the 12-digit personal ID number (province, gender, century, birth year).
 * The number is masked whenever it is printed. Usage: {@code ParseCard [NUMBER]} (default: a sandbox citizen).
 */
public final class ParseCard {
    private ParseCard() {
    }

    public static void main(String[] args) {
        String number = args.length > 0 ? args[0] : io.github.egovsdk.testkit.SandboxCitizen.ALL.get(0).personalId();
        PersonalIdNumber.Result r = PersonalIdNumber.check(number);
        if (!r.valid()) {
            System.out.println("Không hợp lệ / invalid: " + r.errors());
            System.exit(1);
        }
        System.out.println("Số định danh / personal ID: " + PersonalIdNumber.of(number));
        System.out.println("Tỉnh / province: " + r.province().map(p -> p.code() + " " + p.name()).orElse("?"));
        System.out.println("Giới tính / gender: " + r.gender() + ", năm sinh / birth year: " + r.birthYear());
    }
}
