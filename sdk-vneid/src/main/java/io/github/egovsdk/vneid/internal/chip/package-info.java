/** Decoding behind sdk-vneid's chip parsers; not API, may change in any release. */
package io.github.egovsdk.vneid.internal.chip;
