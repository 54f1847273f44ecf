package dev.mms.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the emulator sees it: the raw path (what was signed), the query form-decoded ({@code +} is a
 * space, mms-api.md §3.2), header names lower-cased, and the body bytes exactly as received.
 */
record IncomingRequest(String method, String rawPath, Map<String, String> query, Map<String, List<String>> headers,
                       byte[] body) {

    static IncomingRequest of(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                              byte[] body) {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), List.copyOf(v), (a, b) -> {
            List<String> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        return new IncomingRequest(method, rawPath, formDecode(rawQuery), lower, body);
    }

    /** {@code a=1&b=x+y&c} → {a:1, b:"x y", c:""}; a repeated key keeps its last value. */
    static Map<String, String> formDecode(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The header's value; with repeats the last one wins, as in the Java SDK's signer. Null when absent. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
