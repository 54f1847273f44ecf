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
    void tableShowsTheDefaultSetWideEveryColumnAndCsvEveryApiField() {
        assertEquals(List.of("ID", "NAME", "SOURCE", "SRC DB", "DST PROJECT", "TYPE", "STATUS", "PROGRESS", "CREATED"),
                headers(OutputFormat.TABLE));
        assertEquals(List.of("ID", "NAME", "SOURCE", "SRC DB", "DST PROJECT", "TYPE", "STATUS", "PROGRESS",
                "CREATED", "SOURCE ID", "SRC SCHEMA", "DST SCHEMA", "ETA", "STOPPED", "CONFIG"),
                headers(OutputFormat.WIDE));
        assertEquals(List.of("id", "name", "sourceId", "dbId", "sourceName", "srcDbName", "srcSchemaName", "dstDbName",
                "dstSchemaName", "status", "type", "taskNum", "taskDone", "stopped", "createTime", "eta", "config"),
                fields(null));
    }

    @Test
    void aHeaderOrAFieldNamePicksTheSameThingInEitherFormat() {
        assertEquals(List.of("taskNum", "taskDone", "srcDbName", "id"), fields(List.of("progress", "SRC_DB", "ID")));
        assertEquals(List.of("taskNum", "name"), fields(List.of("TASKNUM", "name")));
        assertEquals(List.of("PROGRESS", "SRC DB", "ID"),
                ColumnSelection.columns(Views.jobs(), RenderOptions.plain(OutputFormat.TABLE)
                        .withColumns(List.of("taskDone", "srcDbName", "id"))).stream().map(Column::header).toList());
    }

    @Test
    void anUnknownColumnNamesEveryValidOne() {
        RenderOptions options = RenderOptions.plain(OutputFormat.TABLE).withColumns(List.of("ID", "STAUS"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Renderer.open(Views.jobs(), options, new PrintWriter(new StringWriter())));
        assertTrue(error.getMessage().startsWith("unknown column 'STAUS'; valid columns: ID, NAME, SOURCE,"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("STOPPED, CONFIG; or API fields: id, name, sourceId, dbId, sourceName, "
                + "srcDbName, srcSchemaName, dstDbName, dstSchemaName, status, type, taskNum, taskDone, stopped, "
                + "createTime, eta, config"), error.getMessage());
    }

    @Test
    void columnsAreAnErrorForFormatsWithoutColumns() {
        RenderOptions options = RenderOptions.plain(OutputFormat.JSON).withColumns(List.of("ID"));
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
        return ColumnSelection.columns(Views.jobs(), RenderOptions.plain(format)).stream()
                .map(Column::header).toList();
    }

    private static List<String> fields(List<String> columns) {
        return ColumnSelection.fields(Views.jobs(), RenderOptions.plain(OutputFormat.CSV).withColumns(columns))
                .stream().map(Field::key).toList();
    }
}
