package io.github.egovsdk.civil.registration;

/**
 * The person who files the registration (người yêu cầu, {@code nyc*} fields): name, relationship to the child or the
 * deceased, identity document, contact and the population-database verification flag (as sent).
 * {@link #toString()} shows no personal data.
 */
public record Requester(
        String name, String relationship, IdentityDocument document, String phone, String email, String verified) {

    @Override
    public String toString() {
        return "Requester[relationship=" + relationship + ", document=" + document + "]";
    }
}
