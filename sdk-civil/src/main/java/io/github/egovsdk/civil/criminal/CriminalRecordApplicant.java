package io.github.egovsdk.civil.criminal;

/**
 * The person asking for a criminal-record certificate (người yêu cầu, {@code nyc*} of the declaration {@code toKhai}):
 * name, sex code, date of birth as declared ({@code dd/MM/yyyy} in the examples), identity document, nationality and
 * ethnicity codes, contact, parents' and spouse's names, addresses as text. {@link #toString()} shows no personal data.
 */
public record CriminalRecordApplicant(String name, String otherName, String sex, String birthDate, String idType,
        String idNumber, String idIssuedOn, String idIssuedBy, String nationality, String ethnicity, String phone,
        String email, String fatherName, String motherName, String spouseName, String permanentAddress,
        String temporaryAddress, String birthPlace) {

    @Override
    public String toString() {
        return "CriminalRecordApplicant[idType=" + idType + "]";
    }
}
