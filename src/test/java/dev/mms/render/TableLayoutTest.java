package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.Job;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alignment, width fitting, colour and safety of the table formats, checked on the text a person sees. */
class TableLayoutTest {

    private static final String LONG_NAME = "migrate_the_entire_customer_order_history_warehouse_from_hive_2019_to_2024";

    @Test
    void columnsLineUpWithChineseNamesAndColours() {
        String table = Render.toString(Views.jobs(), Render.TERMINAL.withColumns(
                List.of("ID", "NAME", "STATUS", "PROGRESS", "CREATED")), Fixtures.jobs());
        List<String> lines = table.lines().toList();
        int createdAt = visibleColumnOf(lines.get(0), "CREATED");
        for (String line : lines) {
            String visible = stripAnsi(line);
            int position = DisplayWidth.of(visible.substring(0, visible.lastIndexOf("   ") + 3));
            assertEquals(createdAt, position, "CREATED starts at the same column in: " + visible);
        }
    }

    @Test
    void columnsAreLeftOutLeastImportantFirstBeforeAnyValueIsCut() {
        List<Job> jobs = new ArrayList<>(Fixtures.jobs());
        jobs.add(job(LONG_NAME));
        int width = 120;
        String table = Render.toString(Views.jobs(),
                new RenderOptions(OutputFormat.TABLE, true, true, width, false, null), jobs);

        for (String line : table.lines().toList()) {
            assertTrue(DisplayWidth.of(line) <= width, "wider than " + width + ": " + stripAnsi(line));
        }
        String header = table.lines().findFirst().orElseThrow();
        assertEquals(List.of("ID", "NAME", "SRC DB", "STATUS", "PROGRESS"), List.of(header.trim().split(" {3,}")),
                "SOURCE, TYPE, CREATED and DST PROJECT went, in that order, until it fit");
        assertTrue(table.contains(LONG_NAME), "nothing is cut while a column can go instead: " + table);
        assertFalse(table.contains("…"), table);
    }

    @Test
    void aNameIsCutWithAnEllipsisOnlyWhenItAloneIsTooWide() {
        List<Job> jobs = new ArrayList<>(Fixtures.jobs());
        jobs.add(job(LONG_NAME));
        for (int width : new int[] {40, 60, 80}) {
            String table = Render.toString(Views.jobs(),
                    new RenderOptions(OutputFormat.TABLE, true, true, width, false, null), jobs);
            for (String line : table.lines().toList()) {
                assertTrue(DisplayWidth.of(line) <= width, "wider than " + width + ": " + stripAnsi(line));
            }
            String last = stripAnsi(table.lines().reduce((a, b) -> b).orElseThrow());
            assertTrue(last.startsWith("93   migrate_the_"), "the cut name stays recognisable: " + last);
            assertTrue(last.contains("…"), last);
            assertTrue(last.contains("DOING"), "status is never left out: " + last);
        }
    }

    @Test
    void chosenColumnsAreNeverLeftOutButCutAndNoLineIsLongerThanTheWidth() {
        List<Job> jobs = List.of(job(LONG_NAME));
        String table = Render.toString(Views.jobs(), new RenderOptions(OutputFormat.TABLE, true, true, 30, false,
                List.of("ID", "NAME", "CREATED", "STATUS")), jobs);
        for (String line : table.lines().toList()) {
            assertTrue(DisplayWidth.of(line) <= 30, "wider than 30: " + line);
            assertFalse(line.contains("\u001B"), "a line cut at the width has no colour left to break: " + line);
        }
        assertTrue(table.startsWith("ID   NAME  "), table);
    }

    @Test
    void aPipeIsNeverCutWhateverTheWidthField() {
        List<Job> jobs = List.of(job(LONG_NAME));
        String table = Render.toString(Views.jobs(), RenderOptions.plain(OutputFormat.TABLE), jobs);
        assertTrue(table.contains(LONG_NAME));
        assertFalse(table.contains("…"));
    }

    @Test
    void progressBarsAreShownWhenThereIsRoomAndDroppedBeforeAnyValueIsCut() {
        String roomy = Render.toString(Views.jobs(),
                new RenderOptions(OutputFormat.TABLE, true, true, 250, false, null), Fixtures.jobs());
        assertTrue(roomy.contains("7/10 ███████░░░"), roomy);

        String narrow = Render.toString(Views.jobs(),
                new RenderOptions(OutputFormat.TABLE, true, true, 170, false, null), Fixtures.jobs());
        assertFalse(narrow.contains("█"), narrow);
        assertTrue(narrow.contains("7/10"), narrow);
    }

    @Test
    void statusIsColouredOnlyWhenColourIsOn() {
        String coloured = Render.toString(Views.jobs(), Render.TERMINAL.withColumns(List.of("ID", "STATUS")),
                Fixtures.jobs());
        assertTrue(coloured.contains("\u001B[32mDONE\u001B[0m"), coloured);
        assertTrue(coloured.contains("\u001B[31mFAILED\u001B[0m"), coloured);
        assertTrue(coloured.contains("\u001B[33mDOING\u001B[0m"), coloured);

        RenderOptions terminalWithoutColour = new RenderOptions(OutputFormat.TABLE, true, false, 100, false, null);
        String plain = Render.toString(Views.jobs(), terminalWithoutColour, Fixtures.jobs());
        assertFalse(plain.contains("\u001B"), "NO_COLOR / --no-color: no escape codes at all");
        assertFalse(plain.contains("█"), "no bar without colour either");
    }

    @Test
    void aNameCannotSendEscapeSequencesToTheTerminal() {
        String table = Render.toString(Views.jobs(), Render.PIPE, List.of(job("evil\u001B[2Jname\nnext")));
        assertFalse(table.contains("\u001B"), table);
        assertTrue(table.contains("evil?[2Jname\\nnext"), table);
        assertEquals(2, table.lines().count(), "a newline in a value never starts a new row");
    }

    @Test
    void missingValuesShowAsADash() {
        String table = Render.toString(Views.jobs(), RenderOptions.plain(OutputFormat.WIDE)
                .withColumns(List.of("ID", "ETA", "SRC SCHEMA", "PROGRESS")), List.of(Fixtures.jobs().get(3)));
        assertEquals("ID   ETA   SRC SCHEMA   PROGRESS\n91   -     -            -\n", table);
    }

    @Test
    void noHeadersLeavesOutTheHeaderRowOfTableCsvAndTsv() {
        for (OutputFormat format : List.of(OutputFormat.TABLE, OutputFormat.WIDE, OutputFormat.CSV,
                OutputFormat.TSV)) {
            RenderOptions options = RenderOptions.plain(format).withNoHeaders(true);
            String output = Render.toString(Views.jobs(), options, Fixtures.jobs());
            assertEquals(Fixtures.jobs().size(), output.lines().count(), format + ":\n" + output);
            assertTrue(output.startsWith("88"), format + ":\n" + output);
        }
    }

    @Test
    void selectedColumnsComeInTheUsersOrderAndMayBeWideOnes() {
        RenderOptions options = RenderOptions.plain(OutputFormat.TABLE).withColumns(List.of("status", "id", "eta"));
        String table = Render.toString(Views.jobs(), options, Fixtures.jobs().subList(0, 2));
        assertEquals("STATUS   ID   ETA\nDONE     88   2025-05-06\nFAILED   89   -\n", table);

        RenderOptions csv = RenderOptions.plain(OutputFormat.CSV).withColumns(List.of("src_db", "Dst-Project"));
        assertEquals("srcDbName,dstDbName\nods,mc_ods\n",
                Render.toString(Views.jobs(), csv, Fixtures.jobs().subList(0, 1)));
    }

    private static Job job(String name) {
        return new Job(93L, name, 7L, 301L, "hive-prod", "ods", null, "mc_ods", null, "DOING", "Database", 20, 5,
                false, "2025-01-05 00:00:00", null, null);
    }

    private static int visibleColumnOf(String line, String header) {
        return DisplayWidth.of(line.substring(0, line.indexOf(header)));
    }

    private static String stripAnsi(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "");
    }
}
