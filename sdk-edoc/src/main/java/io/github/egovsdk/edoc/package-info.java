/**
 * Electronic documents (văn bản điện tử) in the edXML format of the national document axis (trục liên thông văn bản
 * quốc gia, TCVN / Decision 28/2018/QĐ-TTg): the document model ({@link io.github.egovsdk.edoc.EdocDocument}, status
 * messages {@link io.github.egovsdk.edoc.StatusMessage}), {@link io.github.egovsdk.edoc.EdxmlWriter} and
 * {@link io.github.egovsdk.edoc.EdxmlReader} (streaming, bounded), and {@link io.github.egovsdk.edoc.EdxmlVerifier}
 * for the envelope and attachment signatures (chữ ký số). Sending and receiving are in {@code vxp}, {@code receive}
 * and {@code outbox}.
 */
package io.github.egovsdk.edoc;
