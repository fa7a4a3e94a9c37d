/**
 * The VXP HTTP API of the national document axis (trục liên thông văn bản quốc gia):
 * {@link io.github.egovsdk.edoc.vxp.VxpClient} sends documents and status messages, lists, downloads and acknowledges
 * received packages ({@link io.github.egovsdk.edoc.vxp.ReceivedPackage}) and follows deliveries.
 */
package io.github.egovsdk.edoc.vxp;
