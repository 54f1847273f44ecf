package dev.mms.render;

import java.util.Locale;

/**
 * The lines a list command prints to stderr, whatever the format, when it shows fewer items than exist, so that
 * {@code mms job list -o json | jq length} is never silently short (docs/output.md, "When a list is not everything").
 */
public final class PagingFooter {

    private PagingFooter() {
    }

    /** For jobs: {@code Showing 20 of 1,204 jobs (page 1 of 61; --all for every page)}. */
    public static String footer(int shown, long total, int page, int pages) {
        return footer(shown, total, page, pages, "job", "jobs");
    }

    /**
     * The noun agrees with {@code total}; the page hint is left out when everything fits on one page.
     * Numbers are grouped with commas whatever the locale, so the line reads the same in every CI log.
     */
    public static String footer(int shown, long total, int page, int pages, String singular, String plural) {
        String line = "Showing " + group(shown) + " of " + group(total) + " " + (total == 1 ? singular : plural);
        if (pages > 1) {
            line += " (page " + group(page) + " of " + group(pages) + "; --all for every page)";
        }
        return line;
    }

    /** {@code Showing the first 5 of 69 jobs (--limit 5)}. */
    public static String limited(int shown, long total, int limit, String singular, String plural) {
        return "Showing the first " + group(shown) + " of " + group(total) + " " + (total == 1 ? singular : plural)
                + " (--limit " + group(limit) + ")";
    }

    /** Why a page beyond the last shows nothing: {@code --page 5 is past the end: 69 jobs fill 4 pages of 20}. */
    public static String pastTheEnd(int page, long total, int pageSize, String singular, String plural) {
        if (total <= 0) {
            return "--page " + group(page) + " is past the end: there are no " + plural + " (matching these filters)";
        }
        long pages = pageSize > 0 ? (total + pageSize - 1) / pageSize : 1;
        return "--page " + group(page) + " is past the end: " + group(total) + " "
                + (total == 1 ? singular + " fills " : plural + " fill ") + group(pages)
                + (pages == 1 ? " page" : " pages") + " of " + group(pageSize);
    }

    static String group(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
