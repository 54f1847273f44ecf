package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each {@code -o} value is called and which other output options go with it. */
class OutputFormatTest {

    @Test
    void namesAreWhatUsersType() {
        assertEquals(List.of("table", "wide", "json", "yaml", "csv", "tsv", "name"),
                Arrays.stream(OutputFormat.values()).map(OutputFormat::toString).toList());
    }

    @Test
    void columnsAndHeadersOnlyGoWithRowFormats() {
        for (OutputFormat format : List.of(OutputFormat.JSON, OutputFormat.YAML, OutputFormat.NAME)) {
            IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                    () -> Renderer.check(RenderOptions.plain(format).withColumns(List.of("ID"))));
            assertEquals("--columns does not apply to -o " + format, columns.getMessage().split(",")[0]);
            IllegalArgumentException headers = assertThrows(IllegalArgumentException.class,
                    () -> Renderer.check(RenderOptions.plain(format).withNoHeaders(true)));
            assertEquals("--no-headers does not apply to -o " + format, headers.getMessage().split(",")[0]);
        }
        for (OutputFormat format : List.of(OutputFormat.TABLE, OutputFormat.WIDE, OutputFormat.CSV,
                OutputFormat.TSV)) {
            assertDoesNotThrow(() -> Renderer.check(RenderOptions.plain(format).withColumns(List.of("ID"))
                    .withNoHeaders(true)));
        }
    }

    @Test
    void queryResultsAreJsonYamlOrText() {
        Query query = Query.compile("[].id");
        for (OutputFormat format : List.of(OutputFormat.WIDE, OutputFormat.CSV, OutputFormat.TSV, OutputFormat.NAME)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> Renderer.check(RenderOptions.plain(format).withQuery(query)));
            assertEquals("--query gives a JSON value, which -o " + format + " cannot show; use -o json, -o yaml, "
                    + "or leave out -o for plain text", error.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> Renderer.check(RenderOptions.plain(OutputFormat.TABLE).withQuery(query).withNoHeaders(true)));
    }
}
