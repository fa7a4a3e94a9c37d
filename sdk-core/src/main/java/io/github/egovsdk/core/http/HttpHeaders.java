package io.github.egovsdk.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Immutable, case-insensitive multi-valued HTTP headers. */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    private final Map<String, List<String>> values;

    private HttpHeaders(Map<String, List<String>> values) {
        this.values = values;
    }

    public static HttpHeaders empty() {
        return EMPTY;
    }

    public static HttpHeaders of(Map<String, List<String>> map) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new HttpHeaders(Collections.unmodifiableMap(copy));
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    /** A copy with {@code name} set to the single {@code value} (replacing earlier values). */
    public HttpHeaders with(String name, String value) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(values);
        copy.put(name, List.of(value));
        return new HttpHeaders(Collections.unmodifiableMap(copy));
    }

    /** A copy with {@code value} appended to {@code name}. */
    public HttpHeaders plus(String name, String value) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(values);
        List<String> list = new ArrayList<>(copy.getOrDefault(name, List.of()));
        list.add(value);
        copy.put(name, List.copyOf(list));
        return new HttpHeaders(Collections.unmodifiableMap(copy));
    }

    @Override
    public String toString() {
        // Header values may hold secrets: print names only. Use the Redactor for wire logs.
        return "HttpHeaders"
                + values.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    }
}
