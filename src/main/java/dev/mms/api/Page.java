package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list operation: {@code data} of ListMmsJobs, ListMmsDataSources and the like. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(Integer total, Integer pageNum, Integer pageSize, List<T> objectList) {

    public List<T> items() {
        return objectList == null ? List.of() : objectList;
    }

    public int totalOrZero() {
        return total == null ? 0 : total;
    }

    /** The same page with every item mapped, nulls kept as nulls (a null in objectList is no item). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        if (objectList == null) {
            return new Page<>(total, pageNum, pageSize, null);
        }
        List<R> mapped = new ArrayList<>(objectList.size());
        for (T item : objectList) {
            mapped.add(item == null ? null : mapping.apply(item));
        }
        return new Page<>(total, pageNum, pageSize, mapped);
    }
}
