package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A source table as ListMmsTables returns it, with its schema (columns and partition columns) and migration counts;
 * {@code status} is INIT, DOING, DONE, FAILED or PART_DONE, {@code type} e.g. MANAGED_TABLE (docs/api-notes.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Table(
        Long id,
        String name,
        Long sourceId,
        String sourceName,
        Long dbId,
        String dbName,
        String type,
        String status,
        Boolean hasPartitions,
        String owner,
        String location,
        Long numRows,
        Long size,
        Integer partitions,
        Integer partitionsDoing,
        Integer partitionsDone,
        Integer partitionsFailed,
        Boolean updated,
        String lastDdlTime,
        String inputFormat,
        String outputFormat,
        String serde,
        String extra,
        Schema schema,
        @JsonIgnore JsonNode wire) implements WireForm {

    /** The table's {@code schema}: its name and comment, its columns and its partition columns. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schema(String name, String comment, List<SchemaColumn> columns, List<SchemaColumn> partitions) {
    }

    /** One column of a table schema; {@code type} is the source type name, e.g. bigint or string. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchemaColumn(String name, String type, String comment, Boolean nullable, String defaultValue) {
    }

    public Table withWire(JsonNode object) {
        return new Table(id, name, sourceId, sourceName, dbId, dbName, type, status, hasPartitions, owner, location,
                numRows, size, partitions, partitionsDoing, partitionsDone, partitionsFailed, updated, lastDdlTime,
                inputFormat, outputFormat, serde, extra, schema, object);
    }

    /** The partition column names in order, e.g. [ds, hh]; empty for an unpartitioned table or an unknown schema. */
    @JsonIgnore
    public List<String> partitionColumnNames() {
        if (schema == null || schema.partitions() == null) {
            return List.of();
        }
        return schema.partitions().stream().map(SchemaColumn::name).toList();
    }
}
