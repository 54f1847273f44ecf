package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A data source as ListMmsDataSources returns it (the fields a user needs to pick one; others are ignored). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "name", "type", "region", "status", "errMsg", "agentIsOnline", "networklink", "dstProject",
        "dstProjects", "dbNum", "tableNum", "partitionNum", "lastUpdateTime", "createTime"})
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
        String lastUpdateTime,
        String createTime) {
}
