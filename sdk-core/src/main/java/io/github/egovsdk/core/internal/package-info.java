/** Implementation details of sdk-core; not API, may change in any release. */
package io.github.egovsdk.core.internal;
