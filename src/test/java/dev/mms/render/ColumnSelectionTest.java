package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which columns each format shows, and what a typo in --columns says. */
class ColumnSelectionTest {

    @Test
    void tableShowsTheDefaultSetAndWideCsvTsvShowEverything() {
        assertEquals(List.of("ID", "NAME", "SOURCE", "SRC DB", "DST PROJECT", "TYPE", "STATUS", "PROGRESS", "CREATED"),
                headers(OutputFormat.TABLE));
        List<String> all = List.of("ID", "NAME", "SOURCE", "SRC DB", "DST PROJECT", "TYPE", "STATUS", "PROGRESS",
                "CREATED", "SOURCE ID", "SRC SCHEMA", "DST SCHEMA", "ETA", "STOPPED", "CONFIG");
        assertEquals(all, headers(OutputFormat.WIDE));
        assertEquals(all, headers(OutputFormat.CSV));
        assertEquals(all, headers(OutputFormat.TSV));
    }

    @Test
    void anUnknownColumnNamesEveryValidOne() {
        RenderOptions options = RenderOptions.plain(OutputFormat.TABLE).withColumns(List.of("ID", "STAUS"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Renderer.open(Views.jobs(), options, new PrintWriter(new StringWriter())));
        assertTrue(error.getMessage().startsWith("unknown column 'STAUS'; valid columns: ID, NAME, SOURCE,"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("STOPPED, CONFIG"), error.getMessage());
    }

    @Test
    void anUnknownColumnIsAnErrorEvenForFormatsWithoutColumns() {
        RenderOptions options = RenderOptions.plain(OutputFormat.JSON).withColumns(List.of("NOPE"));
        assertThrows(IllegalArgumentException.class,
                () -> Renderer.open(Views.sources(), options, new PrintWriter(new StringWriter())));
    }

    @Test
    void anEmptySelectionIsAnError() {
        RenderOptions options = RenderOptions.plain(OutputFormat.CSV).withColumns(List.of());
        assertThrows(IllegalArgumentException.class,
                () -> Renderer.open(Views.jobs(), options, new PrintWriter(new StringWriter())));
    }

    private static List<String> headers(OutputFormat format) {
        return ColumnSelection.resolve(Views.jobs(), RenderOptions.plain(format)).stream()
                .map(Column::header).toList();
    }
}
