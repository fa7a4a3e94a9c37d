/** Wire mapping of the civil-status services; not API, not a compatibility promise. */
package io.github.egovsdk.civil.internal;
