package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.emulator.IdentityStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * credentials-java's INI profile file end to end: with nothing but {@code ~/.alibabacloud/credentials.ini} in the home,
 * mms signs with the key of its section (or the role that section names, through the STS and ECS-metadata stand-in),
 * the emulator accepts only that key, {@code mms config view} names the file and section, and no secret is printed.
 */
class CredentialsIniCliTest {

    private static final String ROLE = "acs:ram::1234567890:role/mms-ini";

    @TempDir
    Path home;

    @RegisterExtension
    final IdentityStandIns standIns = new IdentityStandIns("LTAIinikey", "ini-secret-7");

    private CliHarness mms() {
        return standIns.mms(home);
    }

    private static CliHarness.Result listJobs(CliHarness mms, String... before) {
        List<String> args = new java.util.ArrayList<>(List.of(before));
        args.addAll(List.of("job", "list", "--source-id", "2000015", "-o", "json"));
        return mms.run(args.toArray(String[]::new));
    }

    @Test
    void anAccessKeySectionSignsJobListAndConfigViewNamesIt() throws Exception {
        writeIni("""
                ; written by hand, as the credentials-java README shows
                [default]
                enable = true
                type = access_key
                access_key_id = LTAIinikey      # the key id
                access_key_secret = ini-secret-7
                """);

        CliHarness.Result r = listJobs(mms(), "-v");

        r.assertOk();
        r.check(r.err().contains("Credential=LTAIinikey,"), "signed with the INI section's key");
        r.check(!r.err().contains("ini-secret-7") && !r.out().contains("ini-secret-7"), "no secret in -v");

        CliHarness.Result view = mms().run("config", "view", "-o", "json").assertOk();
        JsonNode credentials = setting(view.json(), "credentials");
        view.checkEquals("type access_key, accessKeyId LTAIinikey", credentials.path("value").asText(), "value");
        view.checkEquals("section [default] of " + ini(), credentials.path("origin").asText(), "origin");
        view.check(!view.out().contains("ini-secret-7"), "no secret in config view");
    }

    @Test
    void aWrongKeyInTheFileIsRefusedByTheEmulator() throws Exception {
        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIinikey\n"
                + "access_key_secret = not-the-secret\n");

        CliHarness.Result r = listJobs(mms());

        r.assertExit(ExitCodes.AUTH);
        r.check(r.err().contains("SignatureDoesNotMatch"), "the emulator refuses the signature");
        r.check(r.err().contains("mms config view shows the one in use"), "points at where the key came from");
        r.check(!r.err().contains("not-the-secret"), "no secret");
    }

    @Test
    void theSectionOfAlibabaCloudProfileInTheFileOfAlibabaCloudCredentialsFile() throws Exception {
        Path file = Files.writeString(home.resolve("team.ini"), """
                [default]
                enable = true
                type = access_key
                access_key_id = LTAIwrong
                access_key_secret = wrong
                [ci]
                enable = true
                type = access_key
                access_key_id = LTAIinikey
                access_key_secret = ini-secret-7
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        listJobs(mms().withEnv("ALIBABA_CLOUD_CREDENTIALS_FILE", file.toString())
                .withEnv("ALIBABA_CLOUD_PROFILE", "ci")).assertOk();
    }

    @Test
    void alibabaCloudProfileNamesAnIniSectionEvenWhenTheAliyunCliFileExists() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Path cli = Files.writeString(home.resolve(".aliyun/config.json"), """
                {"current": "default", "profiles": [{"name": "default", "mode": "AK", "access_key_id": "LTAIwrong",
                 "access_key_secret": "wrong"}]}
                """);
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rw-------"));
        writeIni("[ci]\nenable = true\ntype = access_key\naccess_key_id = LTAIinikey\naccess_key_secret = ini-secret-7\n");

        listJobs(mms().withEnv("ALIBABA_CLOUD_PROFILE", "ci")).assertOk();
        CliHarness.Result neither = listJobs(CliHarness.of(home, null).withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", null)
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", null).withEnv("ALIBABA_CLOUD_PROFILE", "nightly"));

        neither.assertExit(ExitCodes.AUTH);
        neither.check(neither.err().contains("no profile 'nightly' (from ALIBABA_CLOUD_PROFILE) in it; profiles "
                + "there: default") && neither.err().contains(ini() + " (no section [nightly])"), "both are named");
    }

    @Test
    void ramRoleArnAssumesTheRoleWithTheSectionsKeySessionNameAndPolicy() throws Exception {
        writeIni("""
                [default]
                enable = true
                type = ram_role_arn
                access_key_id = LTAIinikey
                access_key_secret = ini-secret-7
                role_arn = %s
                role_session_name = nightly-ini
                policy = {"Version":"1","Statement":[{"Effect":"Allow","Action":"odps:*","Resource":"*"}]}
                """.formatted(ROLE));

        CliHarness.Result r = listJobs(mms(), "-v");

        r.assertOk();
        List<IdentityStandIn.Call> calls = standIns.identity().calls("AssumeRole");
        r.checkEquals(1, calls.size(), "one AssumeRole");
        assertEquals(ROLE, calls.get(0).parameters().get("RoleArn"));
        assertEquals("nightly-ini", calls.get(0).parameters().get("RoleSessionName"));
        assertEquals("LTAIinikey", calls.get(0).parameters().get("AccessKeyId"));
        assertEquals("3600", calls.get(0).parameters().get("DurationSeconds"));
        assertEquals("{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"odps:*\",\"Resource\":\"*\"}]}",
                calls.get(0).parameters().get("Policy"));
        r.check(r.err().contains("Credential=STS."), "the request is signed with the assumed role's key");
        r.check(r.err().contains("x-acs-security-token: ***"), "its token is sent, redacted in -v");
        r.check(!r.err().contains("ini-secret-7"), "no secret");
    }

    @Test
    void aRefusedAssumeRoleNamesTheFileSectionAndStepWithExit3() throws Exception {
        writeIni("[default]\nenable = true\ntype = ram_role_arn\naccess_key_id = LTAIinikey\n"
                + "access_key_secret = wrong-secret\nrole_arn = " + ROLE + "\nrole_session_name = s\n");

        CliHarness.Result r = listJobs(mms());

        r.assertExit(ExitCodes.AUTH);
        r.check(r.err().startsWith("Error: credentials INI file " + ini() + ", section [default] (type ram_role_arn): "
                + "AssumeRole of " + ROLE + " at " + standIns.identity().endpoint() + " was refused: HTTP 400 SignatureDoesNotMatch"),
                "names the file, the section and the step");
        r.check(!r.err().contains("wrong-secret"), "no secret");
    }

    @Test
    void ecsRamRoleFetchesTheKeyOfTheRoleFromTheMetadataService() throws Exception {
        writeIni("[default]\nenable = true\ntype = ecs_ram_role\nrole_name = mms-ecs-role\n");

        listJobs(mms()).assertOk();

        assertEquals(1, standIns.identity().calls("metadata-token").size(), "an IMDSv2 token first");
        List<IdentityStandIn.Call> fetched = standIns.identity().calls("metadata-credentials");
        assertEquals(1, fetched.size());
        assertEquals("mms-ecs-role", fetched.get(0).parameters().get("role"));
        JsonNode credentials = setting(mms().run("config", "view", "-o", "json").assertOk().json(), "credentials");
        assertEquals("type ecs_ram_role, role mms-ecs-role", credentials.path("value").asText());
    }

    @Test
    void aSectionThatIsOffIsPassedAndTheFinalErrorNamesTheFile() throws Exception {
        writeIni("[default]\nenable = false\ntype = access_key\naccess_key_id = LTAIinikey\n"
                + "access_key_secret = ini-secret-7\n");

        CliHarness.Result r = listJobs(CliHarness.of(home, null).withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", null)
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", null));

        r.assertExit(ExitCodes.AUTH);
        r.check(r.err().contains("credentials INI file " + ini() + " (section [default] is off: it has no "
                + "enable = true)"), "the chain lists the INI source and why it was passed");
        r.check(!r.err().contains("ini-secret-7"), "no secret");
    }

    @Test
    void aHalfSetSectionAndAnUnsupportedTypeAreErrorsNotSkips() throws Exception {
        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIinikey\n");
        CliHarness.Result half = listJobs(mms());
        half.assertExit(ExitCodes.AUTH);
        half.check(half.err().contains("credentials INI file " + ini() + ", section [default] (type access_key): "
                + "access_key_secret is missing (section at line 1)"), "names the file, section and key");

        writeIni("[default]\nenable = true\ntype = rsa_key_pair\npublic_key_id = x\nprivate_key_file = /k.pem\n");
        CliHarness.Result rsa = listJobs(mms());
        rsa.assertExit(ExitCodes.AUTH);
        rsa.check(rsa.err().contains("type rsa_key_pair is not supported by mms"), "the type is named");

        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIinikey\n"
                + "access_key_secret = ini-secret-7\n[broken\n");
        CliHarness.Result broken = listJobs(mms());
        broken.assertExit(ExitCodes.AUTH);
        broken.check(broken.err().contains(ini() + " line 6: a section header must end with ']'"), "file and line");
        JsonNode shown = setting(mms().run("config", "view", "-o", "json").assertOk().json(), "credentials");
        broken.check(shown.path("value").asText().contains(ini() + " line 6: a section header must end with ']'"),
                "config view shows why the file cannot be used: " + shown);
    }

    @Test
    void aFileWithASecretThatOthersCanReadIsRefusedAsTheMmsConfigFileIs() throws Exception {
        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIinikey\n"
                + "access_key_secret = ini-secret-7\n");
        Files.setPosixFilePermissions(ini(), PosixFilePermissions.fromString("rw-r-----"));

        CliHarness.Result r = listJobs(mms());

        r.assertExit(ExitCodes.AUTH);
        r.check(r.err().contains(ini() + " holds an access key secret but other users can read it; run: chmod 600 "
                + ini()), "says how to fix it");
        CliHarness.Result view = mms().run("config", "view", "-o", "json").assertOk();
        JsonNode credentials = setting(view.json(), "credentials");
        view.check(credentials.path("value").asText().startsWith("unusable: " + ini() + " holds an access key secret")
                && credentials.path("value").asText().endsWith("chmod 600 " + ini()), "config view says why, not none");
        view.checkEquals("credentials INI file " + ini(), credentials.path("origin").asText(), "origin");
        view.check(!view.out().contains("ini-secret-7"), "no secret");
    }

    private static JsonNode setting(JsonNode view, String name) {
        for (JsonNode s : view) {
            if (name.equals(s.path("key").asText())) {
                return s;
            }
        }
        throw new AssertionError("no setting " + name + " in " + view);
    }

    private Path ini() {
        return home.resolve(".alibabacloud/credentials.ini");
    }

    private void writeIni(String text) throws Exception {
        Files.createDirectories(ini().getParent());
        Files.writeString(ini(), text);
        Files.setPosixFilePermissions(ini(), PosixFilePermissions.fromString("rw-------"));
    }
}
