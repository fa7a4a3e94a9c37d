/**
 * Card data of the chip ID card (CCCD / thẻ căn cước): the printed QR string and the TD1 machine-readable zone.
 * Personal data: results mask the personal ID in {@code toString()}; never log the raw strings.
 */
package io.github.egovsdk.vneid.card;
