/** EGov SDK — sdk-core. */
package io.github.egovsdk.core;
