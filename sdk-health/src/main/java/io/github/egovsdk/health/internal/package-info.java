/** Social Security gateway wire mapping of sdk-health; not API, may change in any release. */
package io.github.egovsdk.health.internal;
