package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mms.api.JobSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecMergerTest {

    @Test
    void flagsWinFieldByFieldAndListsAreReplacedWhole() {
        JobSpec file = spec(Map.of("name", "from-file", "srcDbName", "sales", "tables", List.of("a", "b"),
                "partitionFilters", Map.of("a", "ds = 1"), "increment", true));
        JobSpec flags = spec(Map.of("name", "from-flag", "tables", List.of("c"), "sourceId", 7L, "increment", false));

        JobSpec merged = SpecMerger.merge(file, flags);

        assertEquals(spec(Map.of("name", "from-flag", "srcDbName", "sales", "tables", List.of("c"),
                "partitionFilters", Map.of("a", "ds = 1"), "increment", false, "sourceId", 7L)), merged);
    }

    @Test
    void nullBaseMeansFlagsOnly() {
        JobSpec flags = spec(Map.of("name", "n", "sourceId", 7L));
        assertEquals(flags, SpecMerger.merge(null, flags));
    }

    @Test
    void emptyOverridesLeaveTheFileAlone() {
        JobSpec file = spec(Map.of("name", "n", "eta", "2024-01-01"));
        assertEquals(file, SpecMerger.merge(file, spec(Map.of())));
    }

    static JobSpec spec(Map<String, Object> values) {
        return SpecFields.create(new HashMap<>(values));
    }
}
