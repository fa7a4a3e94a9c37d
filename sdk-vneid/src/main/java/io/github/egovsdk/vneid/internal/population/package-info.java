/** SOAP and JSON wire mapping of the population database checks; not API, may change in any release. */
package io.github.egovsdk.vneid.internal.population;
