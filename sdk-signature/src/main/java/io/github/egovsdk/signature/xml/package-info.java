/**
 * XML signatures: XAdES baseline signatures ({@link io.github.egovsdk.signature.xml.XadesSigner}, enveloped, enveloping
 * or detached; {@link io.github.egovsdk.signature.xml.XadesExtender} to B-LT) and plain enveloped XML-DSig over one
 * element ({@link io.github.egovsdk.signature.xml.XmlDsigSigner}), as the edXML envelope uses.
 */
package io.github.egovsdk.signature.xml;
