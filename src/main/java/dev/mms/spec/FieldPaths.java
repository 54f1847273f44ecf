package dev.mms.spec;

/**
 * Keys of {@link SpecDocument#fieldLocations()}: a top-level key by its name ({@code "tables"}), a list item as
 * {@code "tables[0]"}, a map entry's key as {@code "partitionFilters.t1"} and its value as
 * {@code "partitionFilters.t1="}, and, when the value is written on one line exactly as read (no escapes, no
 * folding), the first character of its text as {@code "partitionFilters.t1=>"}, so an error inside a partition
 * filter can point at the very character. Map keys are table names that may hold dots, which is harmless because the field
 * prefix and the trailing '=' make every path unique.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String item(String field, int index) {
        return field + "[" + index + "]";
    }

    public static String key(String field, String key) {
        return field + "." + key;
    }

    public static String value(String field, String key) {
        return field + "." + key + "=";
    }

    public static String valueText(String field, String key) {
        return field + "." + key + "=>";
    }
}
