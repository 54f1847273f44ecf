package dev.mms.api;

import java.util.List;
import java.util.Map;

/**
 * The query of ListMmsPartitions (mms-api.md §1): database and table by id or name, the partition {@code value},
 * {@code updated}, a last-DDL time window, {@code status} (a JSON array string), paging and one flat sort
 * {@code sorter.lastDdlTime|numRows|size}. Null fields are not sent.
 */
public record PartitionQuery(
        Long dbId,
        String dbName,
        Long tableId,
        String tableName,
        String value,
        Boolean updated,
        String lastDdlTimeStart,
        String lastDdlTimeEnd,
        List<String> status,
        Integer pageNum,
        Integer pageSize,
        Sort sort) {

    public static PartitionQuery of(String dbName, String tableName) {
        return new PartitionQuery(null, dbName, null, tableName, null, null, null, null, null, null, null, null);
    }

    public PartitionQuery withPage(int number, int size) {
        return new PartitionQuery(dbId, dbName, tableId, tableName, value, updated, lastDdlTimeStart, lastDdlTimeEnd,
                status, number, size, sort);
    }

    public Map<String, String> toParameters() {
        return new QueryParameters().put("dbId", dbId).put("dbName", dbName).put("tableId", tableId)
                .put("tableName", tableName).put("value", value).put("updated", updated)
                .put("lastDdlTimeStart", lastDdlTimeStart).put("lastDdlTimeEnd", lastDdlTimeEnd)
                .putJsonArray("status", status).put("pageNum", pageNum).put("pageSize", pageSize)
                .putFlatSort(sort).toMap();
    }
}
