package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The {@code config} object of a job as GetMmsJob and ListMmsJobs return it (mms-api.md §1.1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobConfig(
        List<Long> partitions,
        List<String> tables,
        List<String> tableBlackList,
        List<String> tableWhiteList,
        Map<String, String> partitionFilters,
        Map<String, String> tableMapping,
        Map<String, String> columnMapping,
        Map<String, Object> others,
        Boolean increment,
        Boolean enableVerification,
        Boolean schemaOnly,
        String taskType,
        String tunnelQuota) {
}
