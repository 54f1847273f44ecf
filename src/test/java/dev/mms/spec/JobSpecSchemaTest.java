package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.api.JobSpec;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/job-spec.schema.json is generated, never hand-edited: it must equal JobSpecSchema.generate().
 * Run with -Dspec.golden.update=true to rewrite it after changing JobSpec or SpecFields.
 */
class JobSpecSchemaTest {

    private static final Path COMMITTED = Path.of("docs/job-spec.schema.json");

    @Test
    void committedSchemaIsTheGeneratedOne() throws IOException {
        String generated = JobSpecSchema.generate();
        if (Boolean.getBoolean("spec.golden.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(COMMITTED),
                COMMITTED + " is out of date; regenerate it with: mvn -o -q test -Dtest=JobSpecSchemaTest "
                        + "-Dspec.golden.update=true");
    }

    @Test
    void schemaListsEveryJobSpecComponentAndNothingElse() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(JobSpecSchema.generate());
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> components = new ArrayList<>();
        for (RecordComponent component : JobSpec.class.getRecordComponents()) {
            components.add(component.getName());
        }
        assertEquals(components, properties);
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        for (String name : properties) {
            assertFalse(schema.get("properties").get(name).get("description").asText().isBlank(),
                    name + " has a description");
        }
    }

    @Test
    void typesFollowTheJavaTypes() throws IOException {
        JsonNode props = new ObjectMapper().readTree(JobSpecSchema.generate()).get("properties");
        assertEquals("integer", props.get("sourceId").get("type").asText());
        assertEquals("array", props.get("partitions").get("type").asText());
        assertEquals("integer", props.get("partitions").get("items").get("type").asText());
        assertEquals("string", props.get("tables").get("items").get("type").asText());
        assertEquals("string", props.get("partitionFilters").get("additionalProperties").get("type").asText());
        assertEquals("boolean", props.get("increment").get("type").asText());
        assertEquals("object", props.get("others").get("type").asText());
        assertTrue(props.get("taskType").get("enum").toString().contains("\"BIGQUERY\""));
    }
}
