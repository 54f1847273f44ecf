package dev.mms.emulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code pageNum}/{@code pageSize} of a list query. No documented default exists (mms-api.md §2), so an absent
 * {@code pageSize} means every item on one page (as ListMmsDataSources documents), echoed as pageSize = total.
 */
record Paging(int pageNum, Integer pageSize) {

    static Paging from(Map<String, String> query) {
        int num = positiveInt(query, "pageNum", 1);
        Integer size = query.containsKey("pageSize") && !query.get("pageSize").isBlank()
                ? positiveInt(query, "pageSize", 0) : null;
        return new Paging(num, size);
    }

    <T> Map<String, Object> page(List<T> all) {
        return page(all, item -> item);
    }

    /** The page of {@code all}, each of its items shown as {@code view} makes it (only the page's items are). */
    <T> Map<String, Object> page(List<T> all, Function<? super T, ?> view) {
        int size = pageSize == null ? all.size() : pageSize;
        List<?> items = slice(all).stream().map(view).toList();
        return JsonViews.page(items, all.size(), pageNum, size);
    }

    private <T> List<T> slice(List<T> all) {
        if (pageSize == null) {
            return pageNum == 1 ? all : List.of();
        }
        long from = (long) (pageNum - 1) * pageSize;
        return from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    static int positiveInt(Map<String, String> query, String key, int absent) {
        String v = query.get(key);
        if (v == null || v.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.invalidParameter(key + " must be a positive integer, got '" + v + "'");
    }
}
