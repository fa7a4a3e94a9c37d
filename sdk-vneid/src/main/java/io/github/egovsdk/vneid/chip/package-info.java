/**
 * Data on the chip of the CCCD / thẻ căn cước (ICAO 9303 eMRTD, LDS1): parsers for the files as an NFC reader returns
 * them ({@link io.github.egovsdk.vneid.chip.EfCom}, {@link io.github.egovsdk.vneid.chip.Dg1},
 * {@link io.github.egovsdk.vneid.chip.Dg2}, the Vietnam-specific {@link io.github.egovsdk.vneid.chip.Dg13},
 * {@link io.github.egovsdk.vneid.chip.EfSod}), the aggregate {@link io.github.egovsdk.vneid.chip.CitizenCardChip},
 * {@link io.github.egovsdk.vneid.chip.PassiveAuthenticator} and the access keys for PACE
 * ({@link io.github.egovsdk.vneid.chip.CardAccessNumber}) and BAC ({@link io.github.egovsdk.vneid.chip.MrzAccessKey}).
 *
 * <p>This package does not talk to the card (no NFC / APDU): the application's reader does, and hands over the bytes.
 * Parsers are bounded (size, tag and length sizes, nesting depth) and throw
 * {@link io.github.egovsdk.vneid.chip.ChipFormatException} naming the file and the rule. All chip data is personal
 * data; the face image, ethnicity, religion and identifying marks are sensitive (Decree 13/2023/NĐ-CP, Law
 * 91/2025/QH15): models mask IDs and omit names and images in {@code toString()}, and nothing here logs or caches them.
 */
package io.github.egovsdk.vneid.chip;
