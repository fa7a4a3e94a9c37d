/** SDK-internal, not API: the streaming PAdES incremental-update reader/writer; may change in any release. */
package io.github.egovsdk.signature.internal.pdf;
