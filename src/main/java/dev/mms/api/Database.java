package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A source database as ListMmsDbs returns it (a Hive database, a BigQuery dataset, a MaxCompute schema), with its
 * migration counts; {@code status} is INIT, DOING, DONE, FAILED or PART_DONE (docs/api-notes.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Database(
        Long id,
        String name,
        Long sourceId,
        String sourceName,
        String description,
        String owner,
        String location,
        String dstProjectName,
        String dstName,
        String status,
        Long numRows,
        Long size,
        Integer tables,
        Integer tablesDoing,
        Integer tablesDone,
        Integer tablesFailed,
        Integer tablesPartDone,
        Integer partitions,
        Integer partitionsDoing,
        Integer partitionsDone,
        Integer partitionsFailed,
        Boolean updated,
        Boolean deleted,
        String lastDdlTime,
        String createTime,
        String updateTime,
        @JsonIgnore JsonNode wire) implements WireForm {

    public Database withWire(JsonNode object) {
        return new Database(id, name, sourceId, sourceName, description, owner, location, dstProjectName, dstName,
                status, numRows, size, tables, tablesDoing, tablesDone, tablesFailed, tablesPartDone, partitions,
                partitionsDoing, partitionsDone, partitionsFailed, updated, deleted, lastDdlTime, createTime,
                updateTime, object);
    }
}
