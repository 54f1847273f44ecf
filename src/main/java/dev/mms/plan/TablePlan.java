package dev.mms.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a job would migrate of one source table: where it goes, which partitions of how many (a table without
 * partitions is migrated whole), and their rows and size in bytes; null rows or size mean the catalog does not give
 * them for every selected partition.
 *
 * @param partitions    the selected partitions' values ({@code ds=2024-06-01/hh=00}), in catalog order
 * @param partitionIds  their ids, in the same order
 * @param columnMapping the columnMapping entries that rename columns of this table
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"table", "destination", "partitioned", "selectedPartitions", "totalPartitions", "rows", "size",
        "partitions", "partitionIds", "columnMapping"})
public record TablePlan(String table, String destination, boolean partitioned, int selectedPartitions,
                        int totalPartitions, Long rows, Long size, List<String> partitions, List<Long> partitionIds,
                        Map<String, String> columnMapping) {

    public TablePlan {
        partitions = List.copyOf(partitions);
        partitionIds = List.copyOf(partitionIds);
        columnMapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columnMapping));
    }

    /** Whether anything of the table is migrated: some partition, or the table itself when it has none. */
    public boolean selectsSomething() {
        return !partitioned || selectedPartitions > 0;
    }
}
