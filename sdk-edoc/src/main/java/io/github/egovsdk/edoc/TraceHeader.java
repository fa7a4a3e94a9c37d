package io.github.egovsdk.edoc;

/**
 * One hop of a message's history (vết xử lý): the agency and when. Append-only: the axis adds its own when
 * relaying; received ones are never rewritten. {@code organId} may be null in real traffic.
 *
 * @param organId   agency
 * @param timestamp as written ({@code yyyy/MM/dd HH:mm:ss}, Vietnam time)
 */
public record TraceHeader(String organId, String timestamp) {}
