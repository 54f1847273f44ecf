package dev.mms.render;

import java.util.Locale;

/** The "Showing 20 of 1,204 jobs" line a list command prints to stderr after one page. */
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

    static String group(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
