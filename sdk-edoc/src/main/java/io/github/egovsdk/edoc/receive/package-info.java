/**
 * The receive loop of the document axis: {@link io.github.egovsdk.edoc.receive.EdocReceiver} polls, downloads, parses
 * and hands each package to your {@link io.github.egovsdk.edoc.receive.EdocHandler} exactly once per edXML identity,
 * with checkpoints ({@link io.github.egovsdk.edoc.receive.FileCheckpointStore} on one machine,
 * {@link io.github.egovsdk.edoc.receive.JdbcCheckpointStore} for a cluster), and
 * {@link io.github.egovsdk.edoc.receive.EdocTracker}, which follows the statuses of the documents you sent.
 */
package io.github.egovsdk.edoc.receive;
