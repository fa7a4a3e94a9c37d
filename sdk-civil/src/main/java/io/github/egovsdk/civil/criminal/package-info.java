/** The criminal-record (lý lịch tư pháp) hand-off between the one-stop system, the LLTP system and VNeID. */
package io.github.egovsdk.civil.criminal;
