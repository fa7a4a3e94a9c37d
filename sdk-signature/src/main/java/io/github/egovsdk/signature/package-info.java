/** EGov SDK — sdk-signature. */
package io.github.egovsdk.signature;
