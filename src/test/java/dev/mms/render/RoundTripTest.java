package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mms.api.DataSource;
import dev.mms.api.Job;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What a script reads back from json, yaml, csv and tsv is exactly what the API returned. */
class RoundTripTest {

    @Test
    void jsonParsesBackToTheSameJobs() throws IOException {
        String json = Render.toString(Views.jobs(), RenderOptions.plain(OutputFormat.JSON), Fixtures.jobs());
        List<Job> parsed = new ObjectMapper().readValue(json, new TypeReference<List<Job>>() { });
        assertEquals(Fixtures.jobs(), parsed);
    }

    @Test
    void jsonParsesBackToTheSameSources() throws IOException {
        String json = Render.toString(Views.sources(), RenderOptions.plain(OutputFormat.JSON), Fixtures.sources());
        List<DataSource> parsed = new ObjectMapper().readValue(json, new TypeReference<List<DataSource>>() { });
        assertEquals(Fixtures.sources(), parsed);
    }

    @Test
    void yamlParsesBackToTheSameJobs() throws IOException {
        String yaml = Render.toString(Views.jobs(), RenderOptions.plain(OutputFormat.YAML), Fixtures.jobs());
        List<Job> parsed = new YAMLMapper().readValue(yaml, new TypeReference<List<Job>>() { });
        assertEquals(Fixtures.jobs(), parsed);
    }

    @Test
    void csvParsesBackToTheRawColumnValues() throws IOException {
        String csv = Render.toString(Views.jobs(), RenderOptions.plain(OutputFormat.CSV), Fixtures.jobs());
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        List<Field<Job>> fields = Views.jobs().fields();

        assertEquals(headers(fields), records.get(0).toList());
        assertEquals(Fixtures.jobs().size() + 1, records.size());
        for (int i = 0; i < Fixtures.jobs().size(); i++) {
            assertEquals(rawValues(fields, Fixtures.jobs().get(i)), records.get(i + 1).toList(), "row " + i);
        }
        assertEquals(List.of("10", "10"), List.of(records.get(1).get(11), records.get(1).get(12)),
                "taskNum and taskDone, numbers as numbers");
        assertEquals("orders, \"archive\" 2023", records.get(2).get(1), "comma and quotes survive");
        assertEquals("用户画像迁移", records.get(3).get(1));
    }

    @Test
    void tsvUnescapesBackToTheRawColumnValues() {
        String tsv = Render.toString(Views.jobs(), RenderOptions.plain(OutputFormat.TSV), Fixtures.jobs());
        String[] lines = tsv.split("\n");
        assertEquals(Fixtures.jobs().size() + 1, lines.length, "a tab or newline in a value never splits a row");
        assertEquals(headers(Views.jobs().fields()), List.of(lines[0].split("\t", -1)));
        for (int i = 0; i < Fixtures.jobs().size(); i++) {
            List<String> fields = new ArrayList<>();
            for (String field : lines[i + 1].split("\t", -1)) {
                fields.add(unescapeTsv(field));
            }
            assertEquals(rawValues(Views.jobs().fields(), Fixtures.jobs().get(i)), fields, "row " + i);
        }
    }

    @Test
    void tsvEscapesEveryCharacterThatWouldBreakARow() {
        assertEquals("a\\tb\\nc\\rd\\\\e", DelimitedWriter.tsvField("a\tb\nc\rd\\e"));
        assertEquals("a\tb\nc\rd\\e", unescapeTsv(DelimitedWriter.tsvField("a\tb\nc\rd\\e")));
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuoting() {
        assertEquals("plain value", DelimitedWriter.csvField("plain value"));
        assertEquals("\"a,b\"", DelimitedWriter.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", DelimitedWriter.csvField("say \"hi\""));
        assertEquals("\"two\nlines\"", DelimitedWriter.csvField("two\nlines"));
        assertEquals("\"cr\rhere\"", DelimitedWriter.csvField("cr\rhere"));
    }

    private static List<String> headers(List<Field<Job>> fields) {
        return fields.stream().map(Field::key).toList();
    }

    /** Each field of the job's JSON object: scalars as text, objects as compact JSON, absent and null empty. */
    private static List<String> rawValues(List<Field<Job>> fields, Job job) {
        com.fasterxml.jackson.databind.JsonNode json = new ObjectMapper().valueToTree(job);
        return fields.stream().map(field -> {
            com.fasterxml.jackson.databind.JsonNode value = json.get(field.key());
            return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
        }).toList();
    }

    private static String unescapeTsv(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
