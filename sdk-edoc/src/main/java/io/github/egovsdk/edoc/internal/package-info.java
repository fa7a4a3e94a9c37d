/** edXML and VXP wire mapping of sdk-edoc; not API, may change in any release. */
package io.github.egovsdk.edoc.internal;
