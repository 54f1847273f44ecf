package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A source partition as ListMmsPartitions returns it. {@code id} is what a Partitions job's {@code partitions} list
 * takes; {@code value} is in the form {@code ds=2024-06-01/hh=00}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Partition(
        Long id,
        Long sourceId,
        String sourceName,
        Long dbId,
        String dbName,
        Long tableId,
        String tableName,
        String value,
        String dstProjectName,
        String dstSchemaName,
        String dstTableName,
        String dstValue,
        String status,
        Long numRows,
        Long size,
        Boolean updated,
        String lastDdlTime,
        @JsonIgnore JsonNode wire) implements WireForm {

    public Partition withWire(JsonNode object) {
        return new Partition(id, sourceId, sourceName, dbId, dbName, tableId, tableName, value, dstProjectName,
                dstSchemaName, dstTableName, dstValue, status, numRows, size, updated, lastDdlTime, object);
    }
}
