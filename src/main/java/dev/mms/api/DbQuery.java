package dev.mms.api;

import java.util.Map;

/**
 * The query of ListMmsDbs: {@code name}, {@code status}, paging and one sort (numRows, size or updateTime), which
 * this operation takes as a JSON object {@code sorter={"size":"desc"}} (mms-api.md §3.2). Null fields are not sent.
 */
public record DbQuery(String name, String status, Integer pageNum, Integer pageSize, Sort sort) {

    public static DbQuery all() {
        return new DbQuery(null, null, null, null, null);
    }

    public DbQuery withPage(int number, int size) {
        return new DbQuery(name, status, number, size, sort);
    }

    public Map<String, String> toParameters() {
        return new QueryParameters().put("name", name).put("status", status).put("pageNum", pageNum)
                .put("pageSize", pageSize).putJsonSort(sort).toMap();
    }
}
