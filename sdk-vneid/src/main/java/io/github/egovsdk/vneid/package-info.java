/** EGov SDK — sdk-vneid. */
package io.github.egovsdk.vneid;
