package dev.mms.plan;

import dev.mms.api.JobSpec;
import java.util.List;
import java.util.Map;

/** Short ways to write specs in planner tests. */
final class Specs {

    private Specs() {
    }

    static JobSpec spec(String name, String db, List<String> tables, List<Long> partitions, List<String> white,
                        List<String> black, Map<String, String> filters, Map<String, String> tableMapping,
                        Map<String, String> columnMapping) {
        return new JobSpec(2000015L, null, name, db, null, "dw", null, null, tables, partitions, white, black,
                filters, tableMapping, columnMapping, null, null, null, null, null, null, null);
    }

    static JobSpec tables(List<String> tables, Map<String, String> filters) {
        return spec("t", "sales", tables, null, null, null, filters, null, null);
    }

    static JobSpec database(List<String> white, List<String> black) {
        return spec("d", "sales", null, null, white, black, null, null, null);
    }
}
