package dev.mms.render;

import java.util.Locale;

/** Row counts and byte sizes as people read them: 1,234,567 rows, 1.2 GiB. */
public final class Sizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {
    }

    /** "1,234,567", or "?" when unknown. */
    public static String rows(Long rows) {
        return rows == null ? "?" : String.format(Locale.ROOT, "%,d", rows);
    }

    /** "512 B", "1.5 KiB", "3.2 GiB", or "?" when unknown. */
    public static String bytes(Long bytes) {
        if (bytes == null) {
            return "?";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
