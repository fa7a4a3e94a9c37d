/**
 * XML parsing safe for untrusted input, used by every module: {@link io.github.egovsdk.core.xml.SecureXml} (no DTD, no
 * external entities), bounded by {@link io.github.egovsdk.core.xml.XmlLimits}; refusals are
 * {@link io.github.egovsdk.core.xml.XmlSecurityException}.
 */
package io.github.egovsdk.core.xml;
