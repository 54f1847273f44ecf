package dev.mms.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps METHOD + path to an MMS action (mms-api.md §1). Routing never looks at {@code x-acs-action}: the aliyun CLI's
 * ROA requests do not send it. Path placeholders are {@code {name}} segments, percent-decoded when matched.
 */
final class ApiRouter {

    /** What an action does with the path parameters and the request; returns the response {@code data}. */
    @FunctionalInterface
    interface Handler {
        Object handle(PathParams params, IncomingRequest request);
    }

    /** The values of a route's placeholders. Ids must be integers: anything else is a 400 InvalidParameter. */
    record PathParams(Map<String, String> values) {
        long id(String name) {
            String v = values.get(name);
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw ApiError.invalidParameter(name + " must be an integer, got '" + v + "'");
            }
        }
    }

    /** A matched route: the action's name (for logs) and a ready-to-run call. */
    record Match(String action, PathParams params, Handler handler) {
    }

    private record Route(String method, String[] segments, String action, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    ApiRouter add(String method, String template, String action, Handler handler) {
        routes.add(new Route(method, template.substring(1).split("/"), action, handler));
        return this;
    }

    Optional<Match> match(String method, String rawPath) {
        String trimmed = rawPath.endsWith("/") && rawPath.length() > 1
                ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        String[] parts = trimmed.startsWith("/") ? trimmed.substring(1).split("/") : trimmed.split("/");
        for (Route route : routes) {
            if (!route.method().equals(method) || route.segments().length != parts.length) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            boolean ok = true;
            for (int i = 0; i < parts.length && ok; i++) {
                String seg = route.segments()[i];
                String part = URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8);
                if (seg.startsWith("{") && seg.endsWith("}")) {
                    params.put(seg.substring(1, seg.length() - 1), part);
                } else {
                    ok = seg.equals(part);
                }
            }
            if (ok) {
                return Optional.of(new Match(route.action(), new PathParams(params), route.handler()));
            }
        }
        return Optional.empty();
    }
}
