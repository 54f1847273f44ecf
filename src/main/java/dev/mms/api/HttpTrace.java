package dev.mms.api;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The {@code -v} trace: one line per request and per answer, headers included, signature and token replaced by ***. */
final class HttpTrace {

    private static final Pattern SIGNATURE = Pattern.compile("Signature=[^,\\s]*");

    private final Consumer<String> sink;

    HttpTrace(Consumer<String> sink) {
        this.sink = sink;
    }

    void request(String method, String url, Map<String, String> headers) {
        if (sink == null) {
            return;
        }
        sink.accept("> " + method + " " + url);
        headers.forEach((name, value) -> sink.accept(">   " + name + ": " + redact(name, value)));
    }

    void response(String method, String url, int status, String requestId, long elapsedMillis) {
        if (sink != null) {
            sink.accept("< " + status + " " + method + " " + url + " requestId=" + (requestId == null ? "-" : requestId)
                    + " " + elapsedMillis + " ms");
        }
    }

    void failure(String method, String url, String problem, long elapsedMillis) {
        if (sink != null) {
            sink.accept("< failed " + method + " " + url + ": " + problem + " " + elapsedMillis + " ms");
        }
    }

    static String redact(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("x-acs-security-token")) {
            return "***";
        }
        if (lower.equals("authorization")) {
            return SIGNATURE.matcher(value).replaceAll("Signature=***");
        }
        return value;
    }
}
