package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Parsing of {@code -o}. */
class OutputFormatTest {

    @Test
    void parsesIgnoringCase() {
        assertEquals(OutputFormat.JSON, OutputFormat.parse("json"));
        assertEquals(OutputFormat.WIDE, OutputFormat.parse("Wide"));
        assertEquals(OutputFormat.TSV, OutputFormat.parse(" TSV "));
    }

    @Test
    void anUnknownFormatListsTheValidOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OutputFormat.parse("jsn"));
        assertEquals("unknown output format 'jsn'; valid formats: table, wide, json, yaml, csv, tsv, name",
                error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse(null));
    }
}
