/** Portal and payment wire mapping of sdk-dvc; not API, may change in any release. */
package io.github.egovsdk.dvc.internal;
