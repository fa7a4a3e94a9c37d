/** Implementation details of sdk-vneid; not API, may change in any release. */
package io.github.egovsdk.vneid.internal;
