package dev.mms.render;

import dev.mms.api.JobConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The one-cell summary of a job's {@code config} in wide tables and csv, e.g. {@code 3 tables, 2 filters, verify}. */
final class JobConfigSummary {

    private JobConfigSummary() {
    }

    /** Null when the job has no config or the config sets nothing, so the cell reads as missing. */
    static String of(JobConfig config) {
        if (config == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        count(parts, config.tables(), "table", "tables");
        count(parts, config.partitions(), "partition", "partitions");
        count(parts, config.tableWhiteList(), "whitelisted", "whitelisted");
        count(parts, config.tableBlackList(), "blacklisted", "blacklisted");
        count(parts, config.partitionFilters(), "filter", "filters");
        count(parts, config.tableMapping(), "table rename", "table renames");
        count(parts, config.columnMapping(), "column rename", "column renames");
        if (Boolean.TRUE.equals(config.increment())) {
            parts.add("increment");
        }
        if (Boolean.TRUE.equals(config.enableVerification())) {
            parts.add("verify");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void count(List<String> parts, Collection<?> values, String one, String many) {
        if (values != null && !values.isEmpty()) {
            parts.add(values.size() + " " + (values.size() == 1 ? one : many));
        }
    }

    private static void count(List<String> parts, Map<?, ?> values, String one, String many) {
        if (values != null) {
            count(parts, values.keySet(), one, many);
        }
    }
}
