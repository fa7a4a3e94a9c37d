/** EGov SDK — sdk-cli. */
package io.github.egovsdk.cli;
