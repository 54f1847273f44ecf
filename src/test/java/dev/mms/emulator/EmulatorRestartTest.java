package dev.mms.emulator;

import dev.mms.testing.ManualClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file: written atomically, private, and enough for a restarted emulator to carry on. */
class EmulatorRestartTest {

    private static final String SOURCE = "/api/v1/mms/datasources/2000015";

    @Test
    void restartedEmulatorKeepsJobsAndTheyKeepProgressing(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("state").resolve("emulator.json");
        ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
        EmulatorConfig config = EmulatorConfig.defaults().withPort(0).withClock(clock).withStateFile(state);
        long asyncTaskId;
        long jobId;
        try (EmulatorServer first = EmulatorServer.start(config)) {
            SignedHttp http = http(first);
            asyncTaskId = http.post(SOURCE + "/jobs", "{\"name\":\"survivor\",\"srcDbName\":\"sales\","
                    + "\"dstDbName\":\"d\",\"tables\":[\"customers\",\"products\"]}", clock.instant())
                    .body().get("data").get("asyncTaskId").asLong();
            clock.advance(Duration.ofMillis(1000 + 1000 + 1500));
            jobId = http.get(SOURCE + "/asyncTasks/" + asyncTaskId, Map.of(), clock.instant())
                    .body().get("data").get("objectId").asLong();
            assertEquals(1, http.get(SOURCE + "/jobs/" + jobId, Map.of(), clock.instant())
                    .body().get("data").get("taskDone").asInt());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }

        try (EmulatorServer second = EmulatorServer.start(config)) {
            SignedHttp http = http(second);
            JsonNode task = http.get(SOURCE + "/asyncTasks/" + asyncTaskId, Map.of(), clock.instant())
                    .body().get("data");
            assertEquals(jobId, task.get("objectId").asLong());
            JsonNode job = http.get(SOURCE + "/jobs/" + jobId, Map.of(), clock.instant()).body().get("data");
            assertEquals("survivor", job.get("name").asText());
            assertEquals("DOING", job.get("status").asText());
            clock.advance(Duration.ofMillis(1500));
            job = http.get(SOURCE + "/jobs/" + jobId, Map.of(), clock.instant()).body().get("data");
            assertEquals("DONE", job.get("status").asText());
            long next = http.post(SOURCE + "/jobs", "{\"name\":\"next\",\"srcDbName\":\"sales\",\"dstDbName\":\"d\","
                    + "\"tables\":[\"customers\"]}", clock.instant()).body().get("data").get("asyncTaskId").asLong();
            assertTrue(next > asyncTaskId, "ids are never reused after a restart");
        }
    }

    @Test
    void catalogFileReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, """
                dataSources:
                  - id: 42
                    name: tiny
                    type: HIVE
                    region: eu-central-1
                    databases:
                      - id: 1
                        name: db
                        tables:
                          - {id: 7, name: t}
                """);
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0)
                .withCatalogFile(catalog))) {
            JsonNode sources = http(server).get("/api/v1/mms/datasources", Map.of(), Instant.now()).body().get("data");
            assertEquals(1, sources.get("total").asInt());
            assertEquals("tiny", sources.get("objectList").get(0).get("name").asText());
        }
    }

    private static SignedHttp http(EmulatorServer server) {
        return new SignedHttp(server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
    }
}
