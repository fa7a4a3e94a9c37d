/** EGov SDK — sdk-edoc. */
package io.github.egovsdk.edoc;
