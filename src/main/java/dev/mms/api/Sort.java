package dev.mms.api;

import java.util.Locale;

/**
 * One sort key of a list operation: a field the API sorts by (e.g. {@code size}) and {@code asc} or {@code desc}
 * (mms-api.md §2). How it goes on the wire differs per operation: flat {@code sorter.size=desc} for most,
 * JSON {@code sorter={"size":"desc"}} for ListMmsDbs (mms-api.md §3.2).
 */
public record Sort(String field, String order) {

    public Sort {
        if (!"asc".equals(order) && !"desc".equals(order)) {
            throw new IllegalArgumentException("sort order must be asc or desc, not '" + order + "'");
        }
    }

    /** Reads {@code field[:asc|desc]} (case-insensitive order, default asc). */
    public static Sort parse(String text) {
        int colon = text.lastIndexOf(':');
        String field = colon < 0 ? text.trim() : text.substring(0, colon).trim();
        String order = colon < 0 ? "asc" : text.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        return new Sort(field, order);
    }
}
