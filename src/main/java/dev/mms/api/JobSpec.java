package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The body of CreateMmsJob, field for field (mms-api.md §3.1); also the job spec format that users keep in git.
 * Unset fields are null and are left out of the JSON that goes on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sourceId", "sourceName", "name", "srcDbName", "srcSchemaName", "dstDbName", "dstSchemaName",
        "taskType", "tables", "partitions", "tableWhiteList", "tableBlackList", "partitionFilters", "tableMapping",
        "columnMapping", "schemaOnly", "increment", "enableSchemaMigration", "enableDataMigration",
        "enableVerification", "others", "eta"})
public record JobSpec(
        Long sourceId,
        String sourceName,
        String name,
        String srcDbName,
        String srcSchemaName,
        String dstDbName,
        String dstSchemaName,
        String taskType,
        List<String> tables,
        List<Long> partitions,
        List<String> tableWhiteList,
        List<String> tableBlackList,
        Map<String, String> partitionFilters,
        Map<String, String> tableMapping,
        Map<String, String> columnMapping,
        Boolean schemaOnly,
        Boolean increment,
        Boolean enableSchemaMigration,
        Boolean enableDataMigration,
        Boolean enableVerification,
        Map<String, Object> others,
        String eta) {

    /** The spec with its source id replaced, for a spec that names none of its own. */
    public JobSpec withSourceId(Long id) {
        return new JobSpec(id, sourceName, name, srcDbName, srcSchemaName, dstDbName, dstSchemaName, taskType, tables,
                partitions, tableWhiteList, tableBlackList, partitionFilters, tableMapping, columnMapping, schemaOnly,
                increment, enableSchemaMigration, enableDataMigration, enableVerification, others, eta);
    }
}
