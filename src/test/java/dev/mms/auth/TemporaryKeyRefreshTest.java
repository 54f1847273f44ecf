package dev.mms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.ApiException;
import dev.mms.api.ClientSettings;
import dev.mms.api.Deadline;
import dev.mms.api.HttpMmsClient;
import dev.mms.api.JobQuery;
import dev.mms.config.ContextResolver;
import dev.mms.config.Overrides;
import dev.mms.config.ResolvedContext;
import dev.mms.emulator.AccessKeyStore;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.emulator.FaultPlan;
import dev.mms.emulator.IdentityStandIn;
import dev.mms.testing.ManualClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary keys over two simulated hours: the client asks the chain for a key before every request, the chain
 * answers from its cache while the key is fresh and assumes the role again before it expires, and the emulator (which
 * refuses an expired token) accepts every request. Time is a manual clock shared by the chain and the key store.
 */
class TemporaryKeyRefreshTest {

    @TempDir
    Path home;

    private ManualClock clock;
    private AccessKeyStore keys;
    private EmulatorServer emulator;
    private IdentityStandIn identity;

    @BeforeEach
    void start() throws Exception {
        clock = new ManualClock(Instant.now());
        keys = AccessKeyStore.of("LTAIpermanent", "permanent-secret", clock);
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0), FaultPlan.none(), keys);
        identity = IdentityStandIn.start(keys);
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), """
                {"current": "role", "profiles": [
                  {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIpermanent",
                   "access_key_secret": "permanent-secret", "ram_role_arn": "acs:ram::1:role/ci",
                   "ram_session_name": "watch", "expired_seconds": 900, "region_id": "cn-shanghai"}]}
                """);
    }

    @AfterEach
    void stop() {
        emulator.close();
        identity.close();
    }

    @Test
    void aTwoHourWatchKeepsSigningWithFreshKeys() {
        ResolvedContext context = new ContextResolver(home).resolve(
                new Overrides(null, "http://" + emulator.endpoint(), null, null),
                Map.of("MMS_STS_ENDPOINT", identity.endpoint()), clock, () -> Deadline.none(clock));
        HttpMmsClient client = new HttpMmsClient(new ClientSettings(URI.create("http://" + emulator.endpoint()),
                Duration.ofSeconds(5), null, null, null), context.credentials());

        Set<String> used = new HashSet<>();
        for (int poll = 0; poll < 240; poll++) { // every 30 s for two hours
            client.listJobs(2000015L, JobQuery.all());
            used.add(context.credentials().get().accessKeyId());
            clock.advance(Duration.ofSeconds(30));
        }

        int assumed = identity.calls("AssumeRole").size();
        assertTrue(assumed >= 8 && assumed <= 12, "a 15-minute key is renewed about every 12 minutes: " + assumed);
        assertEquals(assumed, used.size(), "each renewal is a new key, and every one was used");
        assertEquals("cn-shanghai", context.region(), "the aliyun profile's region_id is honoured");
    }

    @Test
    void aKeyIsReusedWhileFreshAndAnExpiredOneIsRefusedByTheService() {
        CredentialChain chain = CredentialChain.standard(new AuthContext(Map.of("MMS_STS_ENDPOINT",
                identity.endpoint()), home, clock, () -> Deadline.none(clock)), null);

        Credentials first = chain.get();
        clock.advance(Duration.ofMinutes(5));
        Credentials stillFirst = chain.get();
        clock.advance(Duration.ofMinutes(8));
        Credentials second = chain.get();

        assertSame(first, stillFirst, "no STS call while the key is fresh");
        assertNotEquals(first.accessKeyId(), second.accessKeyId());
        assertTrue(second.expiration().isAfter(clock.instant().plus(Duration.ofMinutes(14))), second.toString());
        assertEquals(2, identity.calls("AssumeRole").size());
        clock.advance(Duration.ofMinutes(3));
        StaticCredentialsProvider stale = new StaticCredentialsProvider(first, "the first key, kept too long");
        HttpMmsClient client = new HttpMmsClient(new ClientSettings(URI.create("http://" + emulator.endpoint()),
                Duration.ofSeconds(5), null, null, null), stale);
        ApiException refused = assertThrows(ApiException.class, () -> client.listJobs(2000015L, JobQuery.all()));
        assertEquals("InvalidSecurityToken.Expired", refused.code());
    }

    @Test
    void aFailedRenewalKeepsTheStillValidKeyAndAnExpiredOneIsAnErrorNamingTheStep() {
        CredentialChain chain = CredentialChain.standard(new AuthContext(Map.of("MMS_STS_ENDPOINT",
                identity.endpoint()), home, clock, () -> Deadline.none(clock)), null);
        Credentials first = chain.get();

        identity.fail("AssumeRole", 100);
        clock.advance(Duration.ofMinutes(13));
        assertSame(first, chain.get(), "STS is down for a moment: the key is still valid for two minutes");
        clock.advance(Duration.ofMinutes(3));
        CredentialsException e = assertThrows(CredentialsException.class, chain::get);

        assertTrue(e.getMessage().startsWith("aliyun CLI profile 'role' (mode RamRoleArn) in "), e.getMessage());
        assertTrue(e.getMessage().contains("AssumeRole of acs:ram::1:role/ci at " + identity.endpoint()
                + " was refused: HTTP 503 ServiceUnavailable"), e.getMessage());
    }

    @Test
    void everyStsCallIsBoundedByTheInvocationsDeadline() {
        ManualClock deadlineClock = new ManualClock(clock.instant());
        Deadline deadline = Deadline.after(deadlineClock, Duration.ofSeconds(10));
        deadlineClock.advance(Duration.ofSeconds(11));
        CredentialChain chain = CredentialChain.standard(new AuthContext(Map.of("MMS_STS_ENDPOINT",
                identity.endpoint()), home, clock, () -> deadline), null);

        CredentialsException e = assertThrows(CredentialsException.class, chain::get);

        assertTrue(e.getMessage().contains("the --timeout deadline passed"), e.getMessage());
        assertEquals(0, identity.calls("AssumeRole").size(), "nothing is sent after the deadline");
    }
}
