package io.github.egovsdk.core.vn;

/** Gender as encoded in the personal ID number and on the card (giới tính). */
public enum Gender {
    MALE,
    FEMALE
}
