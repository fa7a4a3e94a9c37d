/** Signing and validation internals of sdk-signature; not API, may change in any release. */
package io.github.egovsdk.signature.internal;
