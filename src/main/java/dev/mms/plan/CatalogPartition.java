package dev.mms.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partition as ListMmsPartitions describes it; {@code value} is in the API's form {@code ds=2024-06-01/hh=00}, and
 * rows and size are null when the catalog does not know them.
 */
public record CatalogPartition(long id, String table, String value, Long numRows, Long size) {

    /** The column values, in column order. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : value == null ? new String[0] : value.split("/")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }
}
