/** EGov SDK — sdk-testkit. */
package io.github.egovsdk.testkit;
