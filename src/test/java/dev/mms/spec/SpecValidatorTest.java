package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mms.api.JobSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation of specs whose values partly come from command-line flags (the golden corpus covers files). */
class SpecValidatorTest {

    private final SpecValidator validator = new SpecValidator();

    private static final String WITHOUT_SOURCE = """
            name: sales-nightly
            srcDbName: sales
            dstDbName: sales_mc
            tables: [orders]
            eta: "2024-06-30"
            """;

    @Test
    void sourceIdFromFlagsSatisfiesTheRequirement() {
        SpecDocument doc = read(WITHOUT_SOURCE);
        assertEquals(List.of("j.yaml:1:1: error: missing required key 'sourceId'; set it in the spec, with "
                + "--source-id, or in the profile"), lines(doc, doc.spec()));
        assertEquals(List.of(), lines(doc, doc.spec().withSourceId(1001L)));
    }

    @Test
    void aBadValueFromAFlagHasNoFilePositionAndSaysWhereItCameFrom() {
        SpecDocument doc = read(WITHOUT_SOURCE);
        JobSpec flags = SpecMergerTest.spec(Map.of("sourceId", 1001L, "eta", "30/06/2024",
                "partitionFilters", Map.of("orders", "ds >")));
        assertEquals(List.of(
                "error: partition filter for table 'orders' (from the command line): missing operand: expected a "
                        + "value after '>' (column 5 of the expression)\n    ds >\n        ^",
                "error: 'eta' (from the command line) '30/06/2024' is not a date; use yyyy-MM-dd or "
                        + "yyyy-MM-dd HH:mm:ss"),
                lines(doc, SpecMerger.merge(doc.spec(), flags)));
    }

    @Test
    void tablesFromAFlagAreCheckedAgainstFiltersFromTheFile() {
        SpecDocument doc = read("""
                name: n
                sourceId: 1
                srcDbName: s
                dstDbName: d
                tables: [orders]
                partitionFilters: {orders: "ds = 1"}
                """);
        JobSpec flags = SpecMergerTest.spec(Map.of("tables", List.of("customers")));
        assertEquals(List.of("j.yaml:6:20: error: 'partitionFilters' names table 'orders', which is not in 'tables'"),
                lines(doc, SpecMerger.merge(doc.spec(), flags)));
    }

    @Test
    void specGivenOnlyByFlags() {
        SpecDocument doc = SpecDocument.flagsOnly();
        JobSpec flags = SpecMergerTest.spec(Map.of("name", "n", "sourceId", 1L, "srcDbName", "s",
                "tables", List.of(), "taskType", "ODPS_INSERT_OVERWRITE"));
        assertEquals(List.of(
                "error: missing required key 'dstDbName'",
                "error: 'tables' (from the command line) is empty; list at least one table, or remove the key for a "
                        + "database-wide job",
                "warning: 'taskType' (from the command line) 'ODPS_INSERT_OVERWRITE' is deprecated; use HIVE or "
                        + "BIGQUERY"),
                lines(doc, SpecMerger.merge(doc.spec(), flags)));
        assertEquals("<command line>", doc.displayName());
    }

    private static SpecDocument read(String text) {
        return new SpecReader().read(new SpecSource("j.yaml", text)).get(0);
    }

    private List<String> lines(SpecDocument doc, JobSpec effective) {
        return validator.check(doc, effective).stream().map(Diagnostic::format).toList();
    }
}
