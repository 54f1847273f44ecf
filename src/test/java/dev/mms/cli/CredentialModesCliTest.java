package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.emulator.AccessKeyStore;
import dev.mms.emulator.IdentityStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every credential mode end to end, over loopback: the key a mode produces (from the aliyun CLI's config.json or the
 * environment, through the STS, ECS-metadata or credentials-URI stand-in) signs a real request that the emulator
 * accepts only with that key and, for a temporary key, its own security token. A failing step names itself and the
 * profile, exit 3, and no secret appears anywhere in the output.
 */
class CredentialModesCliTest {

    private static final String ROLE = "acs:ram::1234567890:role/mms-ci";

    @TempDir
    Path home;

    @RegisterExtension
    final IdentityStandIns standIns = new IdentityStandIns("LTAIpermanent", "permanent-secret");

    private CliHarness mms() {
        return standIns.mms(home);
    }

    private CliHarness.Result listSources(CliHarness mms, String... before) {
        List<String> args = new java.util.ArrayList<>(List.of(before));
        args.addAll(List.of("source", "list", "-o", "json"));
        return mms.run(args.toArray(String[]::new));
    }

    @Test
    void akAndStsTokenProfilesSignWithTheirKey() throws Exception {
        AccessKeyStore.Key sts = standIns.keys().issueTemporary(Duration.ofHours(1));
        writeAliyun("""
                {"current": "ak", "profiles": [
                  {"name": "ak", "mode": "AK", "access_key_id": "LTAIpermanent", "access_key_secret": "permanent-secret",
                   "region_id": "cn-shanghai"},
                  {"name": "sts", "mode": "StsToken", "access_key_id": "%s", "access_key_secret": "%s",
                   "sts_token": "%s", "region_id": "cn-shanghai"}]}
                """.formatted(sts.accessKeyId(), sts.accessKeySecret(), sts.securityToken()));

        listSources(mms()).assertOk();
        listSources(mms(), "--profile", "sts").assertOk();
        CliHarness.Result wrongToken = listSources(mms().withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", sts.accessKeyId())
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", sts.accessKeySecret())
                .withEnv("ALIBABA_CLOUD_SECURITY_TOKEN", "not-the-token"));
        wrongToken.assertExit(ExitCodes.AUTH);
        wrongToken.check(wrongToken.err().contains("InvalidSecurityToken.MismatchWithAccessKey"),
                "the emulator checks the token of a temporary key");
        noSecretIn(wrongToken, sts);
    }

    @Test
    void ramRoleArnAssumesTheRoleWithTheProfilesSessionNameDurationAndStsRegion() throws Exception {
        writeAliyun("""
                {"current": "role", "profiles": [
                  {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIpermanent",
                   "access_key_secret": "permanent-secret", "ram_role_arn": "%s", "ram_session_name": "nightly-ci",
                   "expired_seconds": 900, "sts_region": "cn-shanghai", "region_id": "cn-shanghai"}]}
                """.formatted(ROLE));

        CliHarness.Result r = listSources(mms(), "-v");

        r.assertOk();
        List<IdentityStandIn.Call> calls = standIns.identity().calls("AssumeRole");
        r.checkEquals(1, calls.size(), "one AssumeRole");
        assertEquals(ROLE, calls.get(0).parameters().get("RoleArn"));
        assertEquals("nightly-ci", calls.get(0).parameters().get("RoleSessionName"));
        assertEquals("900", calls.get(0).parameters().get("DurationSeconds"));
        assertEquals("LTAIpermanent", calls.get(0).parameters().get("AccessKeyId"));
        r.check(r.err().contains("x-acs-security-token: ***"), "the temporary key's token is sent, redacted in -v");
        r.check(r.err().contains("Credential=STS."), "the request is signed with the assumed role's key");
        noSecretIn(r, null);
    }

    @Test
    void chainableRamRoleArnAssumesTheRoleWithItsSourceProfilesKey() throws Exception {
        writeAliyun("""
                {"current": "chained", "profiles": [
                  {"name": "base", "mode": "RamRoleArn", "access_key_id": "LTAIpermanent",
                   "access_key_secret": "permanent-secret", "ram_role_arn": "acs:ram::1:role/base",
                   "ram_session_name": "base"},
                  {"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "base",
                   "ram_role_arn": "%s", "ram_session_name": "chained"}]}
                """.formatted(ROLE));

        listSources(mms()).assertOk();

        List<IdentityStandIn.Call> calls = standIns.identity().calls("AssumeRole");
        assertEquals(2, calls.size(), calls.toString());
        assertEquals("LTAIpermanent", calls.get(0).parameters().get("AccessKeyId"));
        assertTrue(calls.get(1).parameters().get("AccessKeyId").startsWith("STS."),
                "the second AssumeRole is signed with the first role's temporary key (and its token)");
        assertEquals(ROLE, calls.get(1).parameters().get("RoleArn"));
    }

    @Test
    void ecsRamRoleUsesTheImdsV2TokenAndFindsTheRoleNameWhenNoneIsSet() throws Exception {
        writeAliyun("""
                {"current": "ecs", "profiles": [
                  {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "mms-ecs-role"},
                  {"name": "ecs-any", "mode": "EcsRamRole", "ram_role_name": ""}]}
                """);

        listSources(mms()).assertOk();
        listSources(mms(), "--profile", "ecs-any").assertOk();

        assertEquals(2, standIns.identity().calls("metadata-token").size(), "an IMDSv2 token first, every time");
        assertEquals("21600", standIns.identity().calls("metadata-token").get(0).parameters().get("ttl"));
        assertEquals(1, standIns.identity().calls("metadata-role").size(), "the role name is asked for only when not set");
        assertEquals(2, standIns.identity().calls("metadata-credentials").size());
    }

    @Test
    void externalProcessCommandPrintsTheKey() throws Exception {
        AccessKeyStore.Key sts = standIns.keys().issueTemporary(Duration.ofHours(1));
        Path answer = Files.writeString(home.resolve("key.json"), """
                {"mode": "StsToken", "access_key_id": "%s", "access_key_secret": "%s", "sts_token": "%s",
                 "expiration": "%s"}
                """.formatted(sts.accessKeyId(), sts.accessKeySecret(), sts.securityToken(), sts.expiration()));
        Path script = Files.writeString(home.resolve("issue-key.sh"), "#!/bin/sh\ncat \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        writeAliyun("""
                {"current": "ext", "profiles": [
                  {"name": "ext", "mode": "External", "process_command": "%s %s"},
                  {"name": "ext-fails", "mode": "External", "process_command": "/bin/false"}]}
                """.formatted(script, answer));

        listSources(mms()).assertOk();
        CliHarness.Result failing = listSources(mms(), "--profile", "ext-fails");

        failing.assertExit(ExitCodes.AUTH);
        failing.check(failing.err().contains("aliyun CLI profile 'ext-fails' (mode External)")
                && failing.err().contains("process_command /bin/false failed with exit status 1"), "step and profile");
    }

    @Test
    void credentialsUriAndOidcProfiles() throws Exception {
        Path token = Files.writeString(home.resolve("oidc-token"), standIns.identity().oidcToken());
        writeAliyun("""
                {"current": "uri", "profiles": [
                  {"name": "uri", "mode": "CredentialsURI", "credentials_uri": "%s"},
                  {"name": "oidc", "mode": "OIDC", "oidc_provider_arn": "acs:ram::1:oidc-provider/ack",
                   "oidc_token_file": "%s", "ram_role_arn": "%s", "ram_session_name": "rrsa"}]}
                """.formatted(standIns.identity().credentialsUri(), token, ROLE));

        listSources(mms()).assertOk();
        listSources(mms(), "--profile", "oidc").assertOk();

        assertEquals(1, standIns.identity().calls("credentials-uri").size());
        List<IdentityStandIn.Call> oidc = standIns.identity().calls("AssumeRoleWithOIDC");
        assertEquals(1, oidc.size());
        assertEquals("acs:ram::1:oidc-provider/ack", oidc.get(0).parameters().get("OIDCProviderArn"));
        assertEquals("rrsa", oidc.get(0).parameters().get("RoleSessionName"));
    }

    @Test
    void environmentSourcesRrsaEcsMetadataAndCredentialsUri() throws Exception {
        Path token = Files.writeString(home.resolve("oidc-token"), standIns.identity().oidcToken());

        listSources(mms().withEnv("ALIBABA_CLOUD_ROLE_ARN", ROLE)
                .withEnv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/ack")
                .withEnv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString())).assertOk();
        listSources(mms().withEnv("ALIBABA_CLOUD_ECS_METADATA", "mms-ecs-role")).assertOk();
        listSources(mms().withEnv("ALIBABA_CLOUD_CREDENTIALS_URI", standIns.identity().credentialsUri())).assertOk();

        assertEquals(1, standIns.identity().calls("AssumeRoleWithOIDC").size());
        assertEquals(1, standIns.identity().calls("metadata-credentials").size());
        assertEquals(1, standIns.identity().calls("credentials-uri").size());
    }

    @Test
    void aRefusedStepNamesTheStepAndTheProfileWithExit3() throws Exception {
        writeAliyun("""
                {"current": "role", "profiles": [
                  {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIpermanent",
                   "access_key_secret": "wrong-secret", "ram_role_arn": "%s", "ram_session_name": "s"}]}
                """.formatted(ROLE));

        CliHarness.Result r = listSources(mms());

        r.assertExit(ExitCodes.AUTH);
        r.check(r.err().startsWith("Error: aliyun CLI profile 'role' (mode RamRoleArn) in "), "names the profile");
        r.check(r.err().contains("AssumeRole of " + ROLE + " at " + standIns.identity().endpoint() + " was refused: HTTP 400 "
                + "SignatureDoesNotMatch"), "names the step and what STS said");
        r.check(!r.err().contains("wrong-secret"), "no secret");
        r.check(r.errLines().size() <= 2, "one or two lines");
    }

    @Test
    void aStandInThatIsDownIsNamedToo() throws Exception {
        writeAliyun("""
                {"current": "ecs", "profiles": [{"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "mms-ecs-role"}]}
                """);
        standIns.identity().fail("metadata-credentials", 1);

        CliHarness.Result r = listSources(mms());

        r.assertExit(ExitCodes.AUTH);
        r.check(r.err().contains("aliyun CLI profile 'ecs' (mode EcsRamRole)")
                && r.err().contains("ECS metadata credentials of role mms-ecs-role was refused: HTTP 503"), "step");
    }

    private void noSecretIn(CliHarness.Result r, AccessKeyStore.Key key) {
        r.check(!r.out().contains("permanent-secret") && !r.err().contains("permanent-secret"), "no permanent secret");
        if (key != null) {
            r.check(!r.err().contains(key.accessKeySecret()) && !r.err().contains(key.securityToken())
                    && !r.out().contains(key.accessKeySecret()), "no temporary secret or token");
        }
        for (AccessKeyStore.Key issued : standIns.keys().all()) {
            if (issued.securityToken() != null) {
                r.check(!r.err().contains(issued.accessKeySecret()) && !r.err().contains(issued.securityToken()),
                        "no issued secret or token in stderr");
            }
        }
    }

    private void writeAliyun(String json) throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Path file = Files.writeString(home.resolve(".aliyun/config.json"), json);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
