package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a list operation: {@code data} of ListMmsJobs, ListMmsDataSources and the like. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(Integer total, Integer pageNum, Integer pageSize, List<T> objectList) {

    public List<T> items() {
        return objectList == null ? List.of() : objectList;
    }

    public int totalOrZero() {
        return total == null ? 0 : total;
    }
}
