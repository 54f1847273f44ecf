package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.JobSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid specs read into exactly the JobSpec a user wrote, with nothing reported. */
class SpecReaderTest {

    static final Path VALID = Path.of("src/test/resources/specs/valid");

    private final SpecReader reader = new SpecReader();
    private final SpecValidator validator = new SpecValidator();

    static Stream<Path> validSpecs() throws IOException {
        try (Stream<Path> files = Files.list(VALID)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSpecs")
    void validSpecsHaveNoDiagnostics(Path file) throws IOException {
        List<SpecDocument> docs = reader.read(new SpecSource(file.toString(), Files.readString(file)));
        assertFalse(docs.isEmpty());
        for (SpecDocument doc : docs) {
            assertEquals(List.of(), validator.check(doc, doc.spec()).stream().map(Diagnostic::format).toList(),
                    doc.displayName());
            assertFalse(doc.hasErrors());
        }
    }

    @Test
    void readsEveryFieldExactlyAsWritten() throws IOException {
        List<SpecDocument> docs = read("tables-with-filters.yaml");
        assertEquals(1, docs.size());
        JobSpec spec = docs.get(0).spec();

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("orders", "ds >= '2024-01-01' and (hour = 10 or hour > 20) and region in ('eu','us')");
        filters.put("order items", "ds = \"2024-01-01\"");
        filters.put("it's", "note = 'it\\'s' or note = \"say \\\"hi\\\"\"");
        filters.put("订单", "地区 = '华东'");
        Map<String, String> tableMapping = new LinkedHashMap<>();
        tableMapping.put("orders", "orders_v2");
        tableMapping.put("order items", "order items v2");
        tableMapping.put("订单", "orders_cn");
        Map<String, String> columnMapping = new LinkedHashMap<>();
        columnMapping.put("ts", "event_time");
        columnMapping.put("user id", "user_id");
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("on", "x");
        nested.put("ratio", 0.5);
        Map<String, Object> others = new LinkedHashMap<>();
        others.put("maxParallelism", 8);
        others.put("labels", List.of("a", "b"));
        others.put("nested", nested);

        JobSpec expected = new JobSpec(1001L, "hive-prod", "sales 'nightly' 销售", "sales db", "public", "sales_mc",
                "default", "HIVE", List.of("orders", "order items", "it's", "订单", "2024"), null, null, null,
                filters, tableMapping, columnMapping, false, true, true, true, false, others, "2024-06-30");
        assertEquals(expected, spec);
        assertEquals(List.copyOf(filters.keySet()), List.copyOf(spec.partitionFilters().keySet()),
                "filters keep file order");
        assertEquals(List.of("ts", "user id"), List.copyOf(spec.columnMapping().keySet()));
    }

    @Test
    void partitionsAreLongsWithoutLosingPrecision() throws IOException {
        JobSpec spec = read("partitions.yaml").get(0).spec();
        assertEquals(List.of(30001L, 30002L, 9007199254740993L), spec.partitions());
        assertEquals("2024-06-30 18:00:00", spec.eta());
    }

    @Test
    void numbersGivenForNamesKeepTheirTextAndEmptyDocumentsAreSkipped() throws IOException {
        List<SpecDocument> docs = read("database-wide.yaml");
        assertEquals(2, docs.size());
        assertEquals(0, docs.get(0).index());
        assertEquals(2, docs.get(1).index(), "the empty document in between still counts");
        assertEquals("007", docs.get(1).spec().name());
        assertNull(docs.get(1).spec().srcSchemaName(), "an explicit null leaves a string field unset");
        assertTrue(docs.get(1).displayName().endsWith("database-wide.yaml#3"));
    }

    @Test
    void jsonSpecsReadLikeYaml() throws IOException {
        JobSpec spec = read("tables.json").get(0).spec();
        assertEquals(List.of("orders"), spec.tables());
        List<Object> values = new ArrayList<>();
        values.add(1);
        values.add(true);
        values.add(null);
        assertEquals(Map.of("k", values), spec.others());
    }

    @Test
    void locationsPointAtKeysItemsAndFilterText() {
        String text = "name: a\ntables: [x, y]\npartitionFilters:\n  y: \"ds = 1\"\n";
        SpecDocument doc = reader.read(new SpecSource("f.yaml", text)).get(0);
        assertEquals(new Location("f.yaml", 1, 1), doc.start());
        assertEquals(new Location("f.yaml", 2, 1), doc.fieldLocations().get("tables"));
        assertEquals(new Location("f.yaml", 2, 13), doc.fieldLocations().get(FieldPaths.item("tables", 1)));
        assertEquals(new Location("f.yaml", 4, 3), doc.fieldLocations().get(FieldPaths.key("partitionFilters", "y")));
        assertEquals(new Location("f.yaml", 4, 6),
                doc.fieldLocations().get(FieldPaths.value("partitionFilters", "y")));
        assertEquals(new Location("f.yaml", 4, 7),
                doc.fieldLocations().get(FieldPaths.valueText("partitionFilters", "y")));
        assertEquals("f.yaml", doc.displayName(), "a file with one document is named without '#'");
    }

    @Test
    void aFileWithOnlyCommentsIsAnErrorAtItsFirstLine() {
        for (String text : List.of("", "# nothing yet\n", "---\n---\n", "  \n\n")) {
            List<SpecDocument> docs = reader.read(new SpecSource("c.yaml", text));
            assertEquals(1, docs.size(), text);
            assertEquals(List.of("c.yaml:1:1: error: no job spec in this file: it is empty or holds only comments "
                    + "and '---'"), docs.get(0).diagnostics().stream().map(Diagnostic::format).toList(), text);
        }
    }

    @Test
    void documentsBeforeASyntaxErrorAreStillRead() {
        String text = "name: a\n---\nname: b\n  x: 1\n";
        List<SpecDocument> docs = reader.read(new SpecSource("s.yaml", text));
        assertEquals(2, docs.size());
        assertEquals("a", docs.get(0).spec().name());
        assertNull(docs.get(1).spec());
        assertTrue(docs.get(1).hasErrors());
        assertEquals("s.yaml#2", docs.get(1).displayName());
        assertEquals(List.of(), validator.validate(docs.get(1), null), "an unreadable document is not validated");
    }

    private List<SpecDocument> read(String name) throws IOException {
        Path file = VALID.resolve(name);
        return reader.read(new SpecSource(file.toString(), Files.readString(file)));
    }
}
