/** The Ministry of Justice's shared civil-status software (hộ tịch): NhanDKHT and LayKetQua. */
package io.github.egovsdk.civil.justice;
