package dev.mms.emulator;

import java.util.Locale;

/**
 * Reading the values of a request's query parameters, with the service's InvalidParameter error naming the key for a
 * value it cannot read. A parameter sent empty counts as not sent.
 */
final class QueryParams {

    private QueryParams() {
    }

    /** Whether the parameter was sent with a value. */
    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    static long integer(String key, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(key + " must be an integer, got '" + value + "'");
        }
    }

    /** A sort order: "asc" or "desc", in any case; anything else, none included, is an error. */
    static String direction(String key, String value) {
        String d = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!d.equals("asc") && !d.equals("desc")) {
            throw ApiError.invalidParameter(key + " must be asc or desc, got '" + value + "'");
        }
        return d;
    }
}
