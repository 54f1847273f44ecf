package dev.mms.api;

import java.util.List;
import java.util.Map;

/**
 * The query of ListMmsTables (mms-api.md §1): the database by id or name, the table {@code name}, destination names,
 * {@code hasPartitions}, {@code onlyName}, a last-DDL time window, {@code type}, {@code status} (sent as a JSON array
 * string), paging and one flat sort {@code sorter.lastDdlTime|numRows|size}. Null fields are not sent.
 */
public record TableQuery(
        Long dbId,
        String dbName,
        String name,
        String dstName,
        String dstProjectName,
        String dstSchemaName,
        Boolean hasPartitions,
        Boolean onlyName,
        String lastDdlTimeStart,
        String lastDdlTimeEnd,
        String type,
        List<String> status,
        Integer pageNum,
        Integer pageSize,
        Sort sort) {

    public static TableQuery all() {
        return new TableQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static TableQuery inDatabase(String dbName) {
        return all().withDatabase(dbName);
    }

    public TableQuery withDatabase(String database) {
        return new TableQuery(dbId, database, name, dstName, dstProjectName, dstSchemaName, hasPartitions, onlyName,
                lastDdlTimeStart, lastDdlTimeEnd, type, status, pageNum, pageSize, sort);
    }

    public TableQuery withPage(int number, int size) {
        return new TableQuery(dbId, dbName, name, dstName, dstProjectName, dstSchemaName, hasPartitions, onlyName,
                lastDdlTimeStart, lastDdlTimeEnd, type, status, number, size, sort);
    }

    public Map<String, String> toParameters() {
        return new QueryParameters().put("dbId", dbId).put("dbName", dbName).put("name", name)
                .put("dstName", dstName).put("dstProjectName", dstProjectName).put("dstSchemaName", dstSchemaName)
                .put("hasPartitions", hasPartitions).put("onlyName", onlyName)
                .put("lastDdlTimeStart", lastDdlTimeStart).put("lastDdlTimeEnd", lastDdlTimeEnd).put("type", type)
                .putJsonArray("status", status).put("pageNum", pageNum).put("pageSize", pageSize)
                .putFlatSort(sort).toMap();
    }
}
