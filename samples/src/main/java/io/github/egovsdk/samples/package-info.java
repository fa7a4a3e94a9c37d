/** EGov SDK — samples. */
package io.github.egovsdk.samples;
