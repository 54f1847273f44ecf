package dev.mms.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Injected faults, as the client's reliability tests will meet them over HTTP. */
class FaultPlanTest {

    private static final String JOBS = "/api/v1/mms/datasources/2000015/jobs";

    private static SignedHttp.Response call(String faults) throws Exception {
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0),
                FaultPlan.parse(faults, new Random(1)))) {
            return new SignedHttp(server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                    EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET).get(JOBS, Map.of(), Instant.now());
        }
    }

    @Test
    void parsesTheSpec() {
        FaultPlan plan = FaultPlan.parse("latency=200ms, 5xx=0.1,throttle=0.25,retry-after=3", new Random(1));
        assertEquals(Duration.ofMillis(200), plan.latency());
        assertEquals(0.1, plan.serverError());
        assertEquals(0.25, plan.throttle());
        assertEquals(3, plan.retryAfterSeconds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaultPlan.parse("throttel=0.1", new Random()));
        assertTrue(e.getMessage().contains("throttel"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("5xx=2", new Random()));
    }

    @Test
    void throttlingCarriesRetryAfter() throws Exception {
        SignedHttp.Response r = call("throttle=1,retry-after=2");
        assertEquals(400, r.status());
        assertEquals("Throttling.User", r.code());
        assertEquals("2", r.retryAfter());
    }

    @Test
    void serverErrorsAre503() throws Exception {
        SignedHttp.Response r = call("5xx=1");
        assertEquals(503, r.status());
        assertEquals("ServiceUnavailable", r.code());
    }

    @Test
    void droppedAndTruncatedAnswersFailOnTheClient() {
        assertThrows(IOException.class, () -> call("drop=1"));
        assertThrows(IOException.class, () -> call("truncate=1"));
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        long start = System.nanoTime();
        assertEquals(200, call("latency=300ms").status());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void hangAndOutageAreParsedAndAnOutageClosesConnectionsOnlyInsideItsWindow() {
        FaultPlan plan = FaultPlan.parse("hang=0.5,outage=30s,outage-after=5s", new Random(1));
        assertEquals(0.5, plan.hang());
        assertFalse(plan.inOutage(Duration.ofSeconds(4)));
        assertTrue(plan.inOutage(Duration.ofSeconds(5)));
        assertTrue(plan.inOutage(Duration.ofSeconds(34)));
        assertFalse(plan.inOutage(Duration.ofSeconds(35)));
        assertFalse(FaultPlan.none().inOutage(Duration.ZERO));
        assertThrows(IOException.class, () -> call("outage=60s"));
    }

    @Test
    void aHungRequestGetsNoAnswerUntilTheClientGivesUp() throws Exception {
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0),
                FaultPlan.parse("hang=1", new Random(1)))) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://" + server.endpoint() + JOBS)).timeout(Duration.ofMillis(500)).build();
            assertThrows(java.net.http.HttpTimeoutException.class,
                    () -> client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()));
        }
    }

    @Test
    void commitFaultsLoseTheAnswerAfterTheJobWasCreated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path state = dir.resolve("state.json");
        String spec = "{\"name\":\"lost\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\","
                + "\"tables\":[\"orders\"]}";
        for (String fault : new String[] {"commit-drop=1", "commit-5xx=1"}) {
            try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0)
                    .withStateFile(state), FaultPlan.parse(fault, new Random(1)))) {
                SignedHttp http = new SignedHttp(server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                        EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
                if (fault.startsWith("commit-drop")) {
                    assertThrows(IOException.class, () -> http.post(JOBS, spec, Instant.now()));
                } else {
                    assertEquals(500, http.post(JOBS, spec, Instant.now()).status());
                }
            }
        }
        // Both creations were committed: the state holds two async tasks, as a server that acted would.
        String saved = java.nio.file.Files.readString(state);
        assertEquals(2, saved.split("\"TASK_CREATE\"", -1).length - 1, saved);
    }
}
