/** Implementation of sdk-core's HTTP pipeline and default transport; not API, may change in any release. */
package io.github.egovsdk.core.internal.http;
