package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypedPartitionFilterTest {

    private static final Map<String, String> TYPES = Map.of("ds", "string", "hh", "BIGINT", "n", "int");

    private static TypedPartitionFilter filter(String expression) throws PartitionFilterException {
        return new TypedPartitionFilter(PartitionFilterParser.parse(expression), TYPES);
    }

    @Test
    void integerColumnsCompareNumerically() throws Exception {
        assertTrue(filter("hh > 9").matches(Map.of("hh", "16")));
        assertFalse(filter("hh > 9").matches(Map.of("hh", "8")));
        assertTrue(filter("hh in (1, 8)").matches(Map.of("hh", "08")));
        assertTrue(filter("hh = '8'").matches(Map.of("hh", "8")), "a quoted number on an integer column");
        assertTrue(filter("hh <> 8").matches(Map.of("hh", "9")));
    }

    @Test
    void stringColumnsCompareAsText() throws Exception {
        assertTrue(filter("ds >= '2024-06-02'").matches(Map.of("ds", "2024-06-10")));
        assertFalse(filter("ds = '2024-06-1'").matches(Map.of("ds", "2024-06-01")));
    }

    @Test
    void aNumberAgainstAStringColumnIsATypeErrorAndSelectsNothing() throws Exception {
        TypedPartitionFilter f = filter("ds = 20240601 or hh = 1");
        assertEquals(1, f.typeErrors().size());
        assertTrue(f.typeErrors().get(0).startsWith("'ds' is a string partition column"), f.typeErrors().get(0));
        assertFalse(f.matches(Map.of("ds", "20240601", "hh", "1")));
        assertEquals(List.of(), filter("n = 3 and hh in (1, 2)").typeErrors());
    }

    @Test
    void unknownColumnsAreNamedAndMatchNothing() throws Exception {
        TypedPartitionFilter f = filter("dt = 'x' and ds = 'a'");
        assertEquals(Set.of("dt"), f.unknownColumns());
        assertFalse(f.matches(Map.of("ds", "a")));
    }

    @Test
    void integerTypesIncludeHiveSmallOnes() {
        assertTrue(TypedPartitionFilter.isIntegerType("tinyint"));
        assertTrue(TypedPartitionFilter.isIntegerType(" Int "));
        assertFalse(TypedPartitionFilter.isIntegerType("double"));
        assertFalse(TypedPartitionFilter.isIntegerType(null));
    }
}
