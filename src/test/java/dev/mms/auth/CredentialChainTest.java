package dev.mms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credential chain: environment first, then the aliyun CLI profiles, with messages that say what was tried. */
class CredentialChainTest {

    private static final String CLI_CONFIG = """
            {"current": "default",
             "profiles": [
               {"name": "default", "mode": "AK", "access_key_id": "LTAIdefault", "access_key_secret": "s-default",
                "region_id": "cn-hangzhou"},
               {"name": "sts", "mode": "StsToken", "access_key_id": "STS.tmp", "access_key_secret": "s-sts",
                "sts_token": "tok"},
               {"name": "sso", "mode": "CloudSSO", "cloud_sso_sign_in_url": "https://signin.example"},
               {"name": "broken", "mode": "AK", "access_key_id": "LTAIbroken"}
             ]}
            """;

    @TempDir
    Path home;

    @Test
    void environmentComesFirst() throws Exception {
        writeCliConfig();
        CredentialChain chain = chain(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s-env", "ALIBABA_CLOUD_SECURITY_TOKEN", "t-env"), null);

        Credentials key = chain.get();

        assertEquals(new Credentials("LTAIenv", "s-env", "t-env"), key);
        assertTrue(chain.describe().startsWith("environment variables"), chain.describe());
    }

    @Test
    void halfSetEnvironmentIsAnErrorNotASilentFallback() throws Exception {
        writeCliConfig();
        CredentialChain chain = chain(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv"), null);

        CredentialsException e = assertThrows(CredentialsException.class, chain::get);

        assertEquals("ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not; set both, "
                + "or neither to use the aliyun CLI configuration", e.getMessage());
    }

    @Test
    void cliCurrentProfileIsUsedWhenTheEnvironmentHasNoKey() throws Exception {
        writeCliConfig();
        CredentialChain chain = chain(Map.of(), null);

        assertEquals(new Credentials("LTAIdefault", "s-default", null), chain.get());
        assertEquals("aliyun CLI profile 'default' (mode AK) in " + home.resolve(".aliyun/config.json"),
                chain.describe());
    }

    @Test
    void profileFlagBeatsProfileVariablesWhichBeatCurrent() throws Exception {
        writeCliConfig();
        Map<String, String> env = Map.of("ALIBABA_CLOUD_PROFILE", "sts");

        assertEquals(new Credentials("STS.tmp", "s-sts", "tok"), chain(env, null).get());
        assertEquals("LTAIdefault", chain(env, "default").get().accessKeyId());
        assertEquals("STS.tmp",
                chain(Map.of("ALICLOUD_PROFILE", "sts"), null).get().accessKeyId());
    }

    @Test
    void unsupportedModeSaysWhichModeAndWhatToDo() throws Exception {
        writeCliConfig();

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> chain(Map.of(), "sso").get());

        assertTrue(e.getMessage().startsWith("aliyun CLI profile 'sso' (mode CloudSSO) in "), e.getMessage());
        assertTrue(e.getMessage().contains("mode CloudSSO is not supported by mms"), e.getMessage());
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), e.getMessage());
    }

    @Test
    void missingProfileAndMissingFieldAreNamed() throws Exception {
        writeCliConfig();

        CredentialsException missing = assertThrows(CredentialsException.class,
                () -> chain(Map.of(), "prod").get());
        CredentialsException incomplete = assertThrows(CredentialsException.class,
                () -> chain(Map.of(), "broken").get());

        assertTrue(missing.getMessage().startsWith("profile 'prod' not found in "), missing.getMessage());
        assertTrue(missing.getMessage().endsWith("(profiles there: default, sts, sso, broken)"), missing.getMessage());
        assertTrue(incomplete.getMessage().contains("profile 'broken'") && incomplete.getMessage().contains(
                "it has no access_key_secret"), incomplete.getMessage());
    }

    @Test
    void ignoreProfileSkipsTheCliFileAndTheMessageListsWhatWasTried() throws Exception {
        writeCliConfig();

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> chain(Map.of("ALIBABA_CLOUD_IGNORE_PROFILE", "TRUE"), null).get());

        assertTrue(e.getMessage().startsWith("no Alibaba Cloud credentials found; tried environment variables "
                + "ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set), RRSA/OIDC from "), e.getMessage());
        assertTrue(e.getMessage().contains("aliyun CLI config " + home.resolve(".aliyun/config.json")), e.getMessage());
        assertTrue(e.getMessage().contains("(skipped because ALIBABA_CLOUD_IGNORE_PROFILE=TRUE)"), e.getMessage());
        assertTrue(e.getMessage().contains("--profile local"), e.getMessage());
    }

    @Test
    void noFileAtAllIsReported() {
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> chain(Map.of(), null).get());

        assertTrue(e.getMessage().contains(home.resolve(".aliyun/config.json") + " (file not found)"), e.getMessage());
    }

    @Test
    void credentialsNeverShowTheSecretOrToken() {
        String shown = new Credentials("LTAIx", "very-secret", "very-token").toString();

        assertFalse(shown.contains("very-secret") || shown.contains("very-token"), shown);
        assertNull(new Credentials("LTAIx", "s", null).securityToken());
    }

    private CredentialChain chain(Map<String, String> env, String profile) {
        return CredentialChain.standard(AuthContext.of(env, home), profile);
    }

    private void writeCliConfig() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), CLI_CONFIG);
    }
}
