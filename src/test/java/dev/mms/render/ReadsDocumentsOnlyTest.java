package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.api.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which outputs a list may feed the server's objects, unbound, and that they then write what the records would. */
class ReadsDocumentsOnlyTest {

    /** A view with one column computed from the record: its csv cannot be written from documents. */
    private static final View<String> COMPUTED = new View<>() {
        @Override
        public List<Column<String>> columns(boolean wide) {
            return List.of(new Column<>("LENGTH", List.of(), text -> String.valueOf(text.length()), false, null));
        }

        @Override
        public String name(String item) {
            return item;
        }
    };

    @Test
    void jsonYamlQueryAndCsvOfServerFieldsReadDocumentsTablesDoNot() {
        assertTrue(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.JSON)));
        assertTrue(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.YAML)));
        assertTrue(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.CSV)));
        assertTrue(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.TSV)
                .withColumns(List.of("id", "STATUS"))));
        assertFalse(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.TABLE)));
        assertFalse(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.WIDE)));
        assertFalse(Renderer.readsDocumentsOnly(Views.jobs(), RenderOptions.plain(OutputFormat.NAME)));
        assertFalse(Renderer.readsDocumentsOnly(COMPUTED, RenderOptions.plain(OutputFormat.CSV)));
    }

    @Test
    void aColumnTheViewLacksIsLeftToOpenToRefuseWithItsMessage() {
        RenderOptions typo = RenderOptions.plain(OutputFormat.CSV).withColumns(List.of("statsu"));

        assertFalse(Renderer.readsDocumentsOnly(Views.jobs(), typo));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Renderer.open(Views.jobs(), typo, new PrintWriter(new StringWriter())));
        assertTrue(refused.getMessage().contains("statsu"), refused.getMessage());
    }

    @Test
    void csvFromDocumentsIsTheCsvOfTheRecords() {
        for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.TSV, OutputFormat.JSON, OutputFormat.YAML)) {
            StringWriter fromRecords = new StringWriter();
            try (ItemWriter<dev.mms.api.Job> writer = Renderer.open(Views.jobs(), RenderOptions.plain(format),
                    new PrintWriter(fromRecords))) {
                writer.writeAll(Fixtures.jobs());
            }
            StringWriter fromDocuments = new StringWriter();
            try (ItemWriter<JsonNode> writer = Renderer.openDocuments(Views.jobs(), RenderOptions.plain(format),
                    new PrintWriter(fromDocuments))) {
                Fixtures.jobs().forEach(job -> writer.write(Json.mapper().valueToTree(job)));
            }
            assertEquals(fromRecords.toString(), fromDocuments.toString(), format.toString());
        }
    }

    @Test
    void openDocumentsRefusesAFormatThatReadsRecords() {
        assertThrows(IllegalArgumentException.class, () -> Renderer.openDocuments(Views.jobs(),
                RenderOptions.plain(OutputFormat.TABLE), new PrintWriter(new StringWriter())));
    }
}
