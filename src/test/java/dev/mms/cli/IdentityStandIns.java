package dev.mms.cli;

import dev.mms.emulator.AccessKeyStore;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.emulator.FaultPlan;
import dev.mms.emulator.IdentityStandIn;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, the emulator that knows one permanent key, and the STS / ECS-metadata / credentials-URI stand-in
 * that issues temporary keys it accepts, both on port 0: what the credential tests sign against
 * ({@code @RegisterExtension}).
 */
final class IdentityStandIns implements BeforeEachCallback, AfterEachCallback {

    private final String accessKeyId;
    private final String accessKeySecret;
    private AccessKeyStore keys;
    private EmulatorServer emulator;
    private IdentityStandIn identity;

    IdentityStandIns(String accessKeyId, String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        keys = AccessKeyStore.of(accessKeyId, accessKeySecret, Clock.systemUTC());
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0), FaultPlan.none(), keys);
        identity = IdentityStandIn.start(keys).keyLifetime(Duration.ofHours(1));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
        }
        if (identity != null) {
            identity.close();
        }
    }

    AccessKeyStore keys() {
        return keys;
    }

    IdentityStandIn identity() {
        return identity;
    }

    /** mms against the emulator with no key in the environment, STS and the metadata service at the stand-in. */
    CliHarness mms(Path home) {
        return CliHarness.of(home, emulator.endpoint())
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", null).withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", null)
                .withEnv("MMS_STS_ENDPOINT", identity.endpoint())
                .withEnv("MMS_ECS_METADATA_ENDPOINT", identity.endpoint());
    }
}
