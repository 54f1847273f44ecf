package dev.mms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.RecordingServer.Answer;
import dev.mms.auth.Credentials;
import dev.mms.auth.StaticCredentialsProvider;
import dev.mms.testing.HangingServer;
import dev.mms.testing.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invocation's one deadline over every request and retry wait of {@link HttpMmsClient}, the cap on the server's
 * x-acs-retry-after, and failures named for what they are. Time moves on an injected clock, moved by the sleeper:
 * no test waits for a backoff.
 */
class RequestDeadlineTest {

    private static final Credentials KEY = new Credentials("testid", "testsecret", null);
    private static final String THROTTLED = "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}";
    private static final String OK_JOB = "{\"requestId\":\"R\",\"data\":{\"id\":88,\"status\":\"DOING\"}}";

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private RecordingServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void retryAfterLongerThanTheTimeLeftFailsAtOnceSayingWhatWasPending() {
        server.answer(throttled(50), Answer.json(200, OK_JOB));

        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> client(server.endpoint(), Duration.ofSeconds(5), 4).getJob(1, 88));

        assertEquals(ApiException.Category.TIMED_OUT, e.category());
        assertFalse(e.isRetryable());
        assertEquals("timed out after 5s: GetMmsJob from " + where() + " is still pending; it failed with 400 "
                + "Throttling.User and the server asked to wait 50s before trying again", e.getMessage());
        assertEquals(1, server.received().size());
        assertTrue(sleeps.isEmpty(), "no sleep that would end past the deadline: " + sleeps);
    }

    @Test
    void retryAfterIsHonouredUpToSixtySeconds() {
        server.answer(throttled(3600), Answer.json(200, OK_JOB));

        Job job = client(server.endpoint(), null, 4).getJob(1, 88);

        assertEquals(88L, job.id());
        assertEquals(List.of(RetryPolicy.MAX_SERVER_DELAY), sleeps);
        assertEquals(List.of("retrying in 1m after 400 Throttling.User (attempt 2 of 4)"), notices);
    }

    @Test
    void retryAfterShorterThanTheTimeLeftIsWaitedExactly() {
        server.answer(throttled(3), Answer.json(200, OK_JOB));

        client(server.endpoint(), Duration.ofSeconds(10), 4).getJob(1, 88);

        assertEquals(List.of(Duration.ofSeconds(3)), sleeps);
        assertEquals(2, server.received().size());
    }

    @Test
    void backoffStopsAtTheDeadlineInsteadOfSleepingPastIt() {
        for (int i = 0; i < 10; i++) {
            server.answer(Answer.json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        }

        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> client(server.endpoint(), Duration.ofSeconds(3), 10).listJobs(1, JobQuery.all().withPage(2, 50)));

        Duration slept = sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(slept.compareTo(Duration.ofSeconds(3)) < 0, "slept " + slept + " of a 3s deadline: " + sleeps);
        assertTrue(e.getMessage().startsWith("timed out after 3s: ListMmsJobs (page 2) from " + where()
                + " is still pending; it failed with 503 ServiceUnavailable"), e.getMessage());
        assertEquals(sleeps.size() + 1, server.received().size());
    }

    @Test
    void nothingIsSentOnceTheDeadlineHasPassed() {
        HttpMmsClient client = client(server.endpoint(), Duration.ofSeconds(2), 4);
        clock.advance(Duration.ofSeconds(2));

        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> client.createJob(1, minimalSpec()));

        assertEquals("timed out after 2s: CreateMmsJob from " + where() + " was not sent", e.getMessage());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void aServerThatNeverAnswersIsCutOffByTheDeadlineNotTheRequestTimeout() throws Exception {
        try (HangingServer silent = new HangingServer()) {
            // The injected clock stands still, so the whole 800ms left goes to the one request, however long the
            // JVM took to build its first HTTP client.
            Deadline deadline = Deadline.after(clock, Duration.ofMillis(800));
            HttpMmsClient client = client(silent.uri(), deadline, Duration.ofSeconds(30), 4);
            long started = System.nanoTime();

            DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                    () -> client.listJobs(1, JobQuery.all()));

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("timed out after 800ms: no answer yet to ListMmsJobs from "
                    + TransportFailures.hostAndPort(silent.uri()), e.getMessage());
            assertTrue(millis >= 700 && millis < 5000, "took " + millis + " ms");
            assertEquals(1, silent.connections(), "the timed-out GET is not sent again after the deadline");
        }
    }

    @Test
    void anAnswerWhoseBodyNeverEndsIsBoundedByTheRequestTimeout() throws Exception {
        try (HangingServer stalling = HangingServer.stallingBody()) {
            HttpMmsClient client = client(stalling.uri(), Deadline.none(java.time.Clock.systemUTC()),
                    Duration.ofMillis(500), 1);
            long started = System.nanoTime();

            ApiException e = assertThrows(ApiException.class, () -> client.getJob(1, 2));

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 5000, "took " + millis + " ms");
            assertEquals(ApiException.Transport.NO_ANSWER, e.transport());
            assertEquals("no answer from " + TransportFailures.hostAndPort(stalling.uri()) + " within 500ms",
                    e.getMessage());
        }
    }

    @Test
    void aServerThatLetsTheRequestTimeoutPassIsTriedOnceMoreNotEveryAttempt() throws Exception {
        try (HangingServer silent = new HangingServer()) {
            HttpMmsClient client = client(silent.uri(), Deadline.none(clock), Duration.ofMillis(300), 4);

            ApiException e = assertThrows(ApiException.class, () -> client.getJob(1, 2));

            assertEquals(ApiException.Transport.NO_ANSWER, e.transport());
            assertEquals(2, silent.connections(), "two silent waits, not four");
            assertEquals(1, sleeps.size());
        }
    }

    @Test
    void aTruncatedAnswerIsAnApiErrorSayingItWasCutOffAndAGetIsRetried() throws Exception {
        try (HangingServer truncating = HangingServer.truncating()) {
            ApiException e = assertThrows(ApiException.class,
                    () -> client(truncating.uri(), null, 3).getJob(1, 2));

            assertEquals(ApiException.Transport.CUT_OFF, e.transport());
            assertEquals(ApiException.Category.SERVER, e.category());
            assertEquals("the answer from " + TransportFailures.hostAndPort(truncating.uri())
                    + " was cut off (5 of 100 bytes arrived)", e.getMessage());
            assertFalse(e.getMessage().contains("content-length"));
            assertEquals(3, truncating.connections(), "a GET is retried as usual");
        }
    }

    @Test
    void aTruncatedAnswerToCreateMmsJobIsNotSentAgain() throws Exception {
        try (HangingServer truncating = HangingServer.truncating()) {
            ApiException e = assertThrows(ApiException.class,
                    () -> client(truncating.uri(), null, 4).createJob(1, minimalSpec()));

            assertEquals(ApiException.Transport.CUT_OFF, e.transport());
            assertEquals(1, truncating.connections(), "the job may exist: never re-sent blindly");
            assertTrue(sleeps.isEmpty());
        }
    }

    @Test
    void aComplete200WhoseJsonEndsTooEarlyIsCutOffToo() {
        server.answer(Answer.json(200, "{\"requestId\":\"R\",\"data\":{\"id\":8"),
                Answer.json(200, "<html>hello</html>"));
        HttpMmsClient client = client(server.endpoint(), null, 1);

        ApiException cut = assertThrows(ApiException.class, () -> client.getJob(1, 2));
        ApiException html = assertThrows(ApiException.class, () -> client.getJob(1, 2));

        assertEquals(ApiException.Transport.CUT_OFF, cut.transport());
        assertTrue(cut.getMessage().contains("to GetMmsJob was cut off (HTTP 200"), cut.getMessage());
        assertEquals(ApiException.Transport.MALFORMED, html.transport());
        assertEquals(ApiException.Category.SERVER, html.category());
    }

    @Test
    void anUnknownHostIsNotRetried() {
        HttpMmsClient client = client(URI.create("http://no-such-host.invalid:8080"), null, 4);

        ApiException e = assertThrows(ApiException.class, () -> client.getJob(1, 2));

        assertEquals(ApiException.Transport.UNKNOWN_HOST, e.transport());
        assertEquals("cannot reach no-such-host.invalid:8080: unknown host no-such-host.invalid", e.getMessage());
        assertTrue(sleeps.isEmpty(), "retrying cannot make a name resolve: " + sleeps);
    }

    @Test
    void httpsToAPlainHttpPortFailsWithinAboutASecondAndSaysSo() {
        // The JDK's HttpServer, like most plain servers, waits for a request line that a TLS handshake never sends.
        URI https = URI.create("https://127.0.0.1:" + server.endpoint().getPort());
        server.answer(Answer.json(404, "{\"code\":\"NotFound\"}"));
        long started = System.nanoTime();

        ApiException e = assertThrows(ApiException.class, () -> client(https, Duration.ofSeconds(30), 4).getJob(1, 2));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(ApiException.Transport.NOT_TLS, e.transport());
        assertEquals(where() + " does not speak TLS: is it http://" + where() + "?", e.getMessage());
        // a second of silence, one probe, and the TLS set-up: far less than the connect timeout times the attempts
        assertTrue(millis < 5000, "took " + millis + " ms");
        assertTrue(sleeps.isEmpty(), "a scheme mix-up is not retried: " + sleeps);
    }

    @Test
    void httpToATlsPortFailsAtOnceAndSaysSo() throws Exception {
        try (TlsServer tls = TlsServer.start()) {
            URI http = URI.create("http://127.0.0.1:" + tls.port());
            long started = System.nanoTime();

            ApiException e = assertThrows(ApiException.class, () -> client(http, Duration.ofSeconds(30), 4).getJob(1, 2));

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(ApiException.Transport.NOT_PLAIN_HTTP, e.transport());
            assertEquals("127.0.0.1:" + tls.port() + " speaks TLS, not plain HTTP: is it https://127.0.0.1:"
                    + tls.port() + "?", e.getMessage());
            assertTrue(millis < 3000, "took " + millis + " ms");
            assertTrue(sleeps.isEmpty());
        }
    }

    @Test
    void httpsToAServerWithAnUntrustedCertificateSaysSoAndIsNotRetried() throws Exception {
        try (TlsServer tls = TlsServer.start()) {
            URI https = URI.create("https://127.0.0.1:" + tls.port());

            ApiException e = assertThrows(ApiException.class, () -> client(https, Duration.ofSeconds(30), 4).getJob(1, 2));

            assertEquals(ApiException.Transport.UNTRUSTED, e.transport());
            assertEquals("the TLS connection to 127.0.0.1:" + tls.port() + " failed: its certificate is not trusted here",
                    e.getMessage());
            assertTrue(sleeps.isEmpty());
        }
    }

    @Test
    void aSingleAttemptClientSharesTheDeadlineButDoesNotRetry() {
        server.answer(Answer.json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"),
                Answer.json(200, OK_JOB));
        HttpMmsClient client = client(server.endpoint(), Duration.ofSeconds(30), 4);
        HttpMmsClient once = client.withRetries(RetryPolicy.none());

        assertThrows(ApiException.class, () -> once.getJob(1, 88));

        assertEquals(1, server.received().size());
        assertTrue(sleeps.isEmpty());
        assertEquals(client.deadline(), once.deadline());
    }

    private HttpMmsClient client(URI endpoint, Duration timeout, int attempts) {
        return client(endpoint, Deadline.after(clock, timeout), Duration.ofSeconds(5), attempts);
    }

    private HttpMmsClient client(URI endpoint, Deadline deadline, Duration requestTimeout, int attempts) {
        Sleeper sleeper = d -> {
            sleeps.add(d);
            clock.advance(d);
        };
        RetryPolicy policy = new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(20), sleeper,
                notices::add);
        ClientSettings settings = new ClientSettings(endpoint, requestTimeout, Duration.ofSeconds(2), policy, deadline,
                null, "mms/test");
        AtomicInteger n = new AtomicInteger();
        return new HttpMmsClient(settings, new StaticCredentialsProvider(KEY, "test"), clock,
                () -> "nonce-" + n.incrementAndGet());
    }

    private String where() {
        return "127.0.0.1:" + server.endpoint().getPort();
    }

    private static Answer throttled(long retryAfter) {
        return new Answer(400, Map.of("content-type", "application/json", "x-acs-retry-after",
                String.valueOf(retryAfter)), THROTTLED, Duration.ZERO);
    }

    private static JobSpec minimalSpec() {
        return new JobSpec(1L, null, "j1", "db1", null, "p1", null, null, List.of("t1"), null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
