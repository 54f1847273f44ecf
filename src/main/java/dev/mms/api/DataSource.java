package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A data source as ListMmsDataSources and GetMmsDataSource return it: what it is, where its data goes, how far its
 * migration has come (the table and partition counts) and, from GetMmsDataSource, its config items.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "name", "type", "region", "status", "errMsg", "agentIsOnline", "networklink", "dstProject",
        "dstProjects", "dbNum", "tableNum", "partitionNum", "tablesDoingNum", "tablesDoneNum", "tablesFailedNum",
        "tablesPartDoneNum", "partitionsDoingNum", "partitionsDoneNum", "partitionsFailedNum", "lastUpdateTime",
        "createTime", "scanId", "scanStatus", "scanErrMsg", "config"})
public record DataSource(
        Long id,
        String name,
        String type,
        String region,
        String status,
        String errMsg,
        Boolean agentIsOnline,
        String networklink,
        String dstProject,
        List<String> dstProjects,
        Long dbNum,
        Long tableNum,
        Long partitionNum,
        Long tablesDoingNum,
        Long tablesDoneNum,
        Long tablesFailedNum,
        Long tablesPartDoneNum,
        Long partitionsDoingNum,
        Long partitionsDoneNum,
        Long partitionsFailedNum,
        String lastUpdateTime,
        String createTime,
        Long scanId,
        String scanStatus,
        String scanErrMsg,
        List<ConfigItem> config,
        @JsonIgnore JsonNode wire) implements WireForm {

    /** A data source built here with the fields a list shows, not read from a response. */
    public DataSource(Long id, String name, String type, String region, String status, String errMsg,
                      Boolean agentIsOnline, String networklink, String dstProject, List<String> dstProjects,
                      Long dbNum, Long tableNum, Long partitionNum, String lastUpdateTime, String createTime) {
        this(id, name, type, region, status, errMsg, agentIsOnline, networklink, dstProject, dstProjects, dbNum,
                tableNum, partitionNum, null, null, null, null, null, null, null, lastUpdateTime, createTime, null,
                null, null, null, null);
    }

    /**
     * One config item of a data source (a connection setting such as the metastore URI): {@code value} is any JSON
     * value, and {@code type} one of boolean, int, map, string, password, file (mms-api.md §2).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConfigItem(String key, String name, String desc, String group, String type, String subType,
                             Boolean required, List<String> enums, String placeHolder, JsonNode value) {
    }

    public DataSource withWire(JsonNode object) {
        return new DataSource(id, name, type, region, status, errMsg, agentIsOnline, networklink, dstProject,
                dstProjects, dbNum, tableNum, partitionNum, tablesDoingNum, tablesDoneNum, tablesFailedNum,
                tablesPartDoneNum, partitionsDoingNum, partitionsDoneNum, partitionsFailedNum, lastUpdateTime,
                createTime, scanId, scanStatus, scanErrMsg, config, object);
    }
}
