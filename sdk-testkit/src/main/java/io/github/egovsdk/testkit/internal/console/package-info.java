/** The sandbox's web console; not API, may change in any release. */
package io.github.egovsdk.testkit.internal.console;
