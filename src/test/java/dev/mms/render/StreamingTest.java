package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.api.Job;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Machine formats reach the pipe item by item, and several pages still make one document. */
class StreamingTest {

    private final StringWriter buffer = new StringWriter();
    private final PrintWriter out = new PrintWriter(buffer);

    @Test
    void jsonElementsGoOutBeforeTheArrayIsClosed() throws IOException {
        ItemWriter<Job> writer = Renderer.open(Views.jobs(), RenderOptions.plain(OutputFormat.JSON), out);
        writer.write(Fixtures.jobs().get(0));
        assertTrue(buffer.toString().startsWith("[\n  {\n    \"id\": 88,"), buffer.toString());

        writer.writeAll(Fixtures.jobs().subList(1, 3)); // page 2
        writer.writeAll(Fixtures.jobs().subList(3, 5)); // page 3
        writer.close();
        List<Job> parsed = new ObjectMapper().readValue(buffer.toString(), new TypeReference<List<Job>>() { });
        assertEquals(Fixtures.jobs(), parsed, "three pages are one JSON array");
    }

    @Test
    void csvRowsGoOutAsTheyAreWrittenAndNothingBeforeTheFirst() {
        ItemWriter<Job> writer = Renderer.open(Views.jobs(), RenderOptions.plain(OutputFormat.CSV), out);
        assertEquals("", buffer.toString(), "a request failing before the first page leaves stdout empty");
        writer.write(Fixtures.jobs().get(0));
        assertEquals(2, buffer.toString().split("\n").length, "header and first row");
        writer.close();
    }

    @Test
    void tablesWaitForCloseBecauseWidthsDependOnEveryRow() {
        ItemWriter<Job> writer = Renderer.open(Views.jobs(), RenderOptions.plain(OutputFormat.TABLE), out);
        writer.write(Fixtures.jobs().get(0));
        assertEquals("", buffer.toString());
        writer.close();
        assertTrue(buffer.toString().startsWith("ID   NAME"), buffer.toString());
    }

    @Test
    void yamlItemsFromSeveralPagesFormOneSequence() throws IOException {
        try (ItemWriter<Job> writer = Renderer.open(Views.jobs(), RenderOptions.plain(OutputFormat.YAML), out)) {
            writer.writeAll(Fixtures.jobs().subList(0, 2));
            writer.writeAll(Fixtures.jobs().subList(2, 5));
        }
        List<Job> parsed = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readValue(buffer.toString(), new TypeReference<List<Job>>() { });
        assertEquals(Fixtures.jobs(), parsed);
    }
}
