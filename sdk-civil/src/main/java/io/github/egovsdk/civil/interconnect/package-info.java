/** The interconnected-service software (DVCLT): client, payload decoding, statuses 1–7. */
package io.github.egovsdk.civil.interconnect;
