package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mms config} as a user drives it: view with origins, list of both files' profiles, get/set/unset/use, a
 * secret only through stdin into a file readable by its owner only, and config errors in plain words, all at once.
 */
class ConfigCliTest {

    @TempDir
    Path home;

    private CliHarness mms() {
        return CliHarness.of(home, null).withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", null)
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", null);
    }

    private Path configFile() {
        return home.resolve(".config/mms/config.yaml");
    }

    private void aliyunConfig() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), """
                {"current": "default", "profiles": [
                  {"name": "default", "mode": "AK", "access_key_id": "LTAIcli", "access_key_secret": "cli-secret-9",
                   "region_id": "cn-shanghai", "output_format": "json", "language": "en"},
                  {"name": "ci", "mode": "RamRoleArn", "access_key_id": "LTAIci", "access_key_secret": "ci-secret-9",
                   "ram_role_arn": "acs:ram::1:role/ci", "ram_session_name": "ci", "region_id": "cn-beijing",
                   "endpoint_type": "vpc"}]}
                """);
    }

    @Test
    void viewShowsTheAliyunProfilesRegionAndWhereEachSettingCameFrom() throws Exception {
        aliyunConfig();

        CliHarness.Result view = mms().run("config", "view", "-o", "json").assertOk();
        JsonNode settings = view.json();

        view.checkEquals("https://maxcompute.cn-shanghai.aliyuncs.com", value(settings, "endpoint"), "endpoint");
        view.checkEquals("aliyun profile 'default'", origin(settings, "region"), "region_id is honoured");
        view.checkEquals("mode AK, accessKeyId LTAIcli", value(settings, "credentials"), "credentials");
        view.check(!view.out().contains("cli-secret-9"), "no secret");

        JsonNode flagged = mms().withEnv("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou")
                .run("--region", "eu-central-1", "--vpc", "config", "view", "-o", "json").assertOk().json();
        assertEquals("flag --region", origin(flagged, "region"));
        assertEquals("https://maxcompute-vpc.eu-central-1.aliyuncs.com", value(flagged, "endpoint"));
        JsonNode byEnv = mms().withEnv("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou").withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID",
                "LTAIenv").withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret-9")
                .run("config", "view", "-o", "json").assertOk().json();
        assertEquals("environment ALIBABA_CLOUD_REGION_ID", origin(byEnv, "region"));
        assertEquals("***", value(byEnv, "accessKeySecret"));
        JsonNode vpcProfile = mms().run("--profile", "ci", "config", "view", "-o", "json").assertOk().json();
        assertEquals("https://maxcompute-vpc.cn-beijing.aliyuncs.com", value(vpcProfile, "endpoint"),
                "the aliyun profile's region and endpoint_type vpc");
    }

    @Test
    void setGetUnsetUseAndList() throws Exception {
        aliyunConfig();

        mms().run("config", "set", "region", "cn-hangzhou").assertOk();
        mms().run("config", "set", "sourceId", "2000015").assertOk();
        CliHarness.Result get = mms().run("config", "get", "region").assertOk();
        get.checkEquals("cn-hangzhou\n", get.out(), "the mms profile beats the aliyun profile's region_id");
        mms().run("config", "get", "sourceId").assertOk().checkEquals("2000015\n", mms().run("config", "get",
                "sourceId").out(), "sourceId");
        mms().run("config", "unset", "region").assertOk();
        mms().run("config", "get", "region").assertOk();
        assertEquals("cn-shanghai\n", mms().run("config", "get", "region").out());

        mms().run("config", "use", "ci").assertOk();
        CliHarness.Result list = mms().run("config", "list").assertOk();
        list.check(list.out().lines().anyMatch(l -> l.matches("\\*\\s+ci\\s+aliyun\\s+mode RamRoleArn.*")),
                "the aliyun profile in use is marked");
        list.check(list.out().contains("default  mms") || list.out().lines().anyMatch(
                l -> l.matches("\\s+default\\s+mms\\s+sourceId 2000015")), "the mms profile");
        assertEquals("cn-beijing\n", mms().run("config", "get", "region").out(), "config use of an aliyun profile");

        CliHarness.Result unknown = mms().run("config", "use", "nosuch");
        unknown.assertExit(ExitCodes.USAGE);
        unknown.check(unknown.err().contains("mms profiles (") && unknown.err().contains("default")
                && unknown.err().contains("aliyun CLI profiles (") && unknown.err().contains("ci"), "both files");
    }

    @Test
    void aSecretComesOnlyFromStdinIntoAFileOnlyItsOwnerCanRead() throws Exception {
        CliHarness.Result onTheCommandLine = mms().run("config", "set", "accessKeySecret", "s3cr3t-on-argv");
        onTheCommandLine.assertExit(ExitCodes.USAGE);
        onTheCommandLine.check(!Files.exists(configFile()), "nothing written");
        onTheCommandLine.check(onTheCommandLine.err().contains("pipe it in"), "says how");

        mms().run("config", "set", "accessKeyId", "LTAIfile").assertOk();
        mms().withStdin("s3cr3t-from-stdin\n").run("config", "set", "accessKeySecret", "-").assertOk();

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(configFile());
        assertEquals(PosixFilePermissions.fromString("rw-------"), permissions);
        assertEquals(true, Files.readString(configFile()).contains("s3cr3t-from-stdin"));
        CliHarness.Result view = mms().run("config", "view").assertOk();
        view.check(!view.out().contains("s3cr3t-from-stdin") && view.out().contains("***"), "shown as ***");
        assertEquals("***\n", mms().run("config", "get", "accessKeySecret").out());
    }

    @Test
    void setUnsetAndUseKeepTheCommentsAndOrderOfAHandWrittenFile() throws Exception {
        Files.createDirectories(configFile().getParent());
        Files.writeString(configFile(), """
                # mms settings, kept by hand
                current: dev

                profiles:
                  # production: careful
                  prod:
                    region: cn-shanghai
                    vpc: true  # inside the VPC
                    sourceId: 2000015

                  dev:
                    endpoint: http://127.0.0.1:18086  # the emulator
                    sourceId: 7
                """);
        Files.setPosixFilePermissions(configFile(), PosixFilePermissions.fromString("rw-r--r--"));

        mms().run("config", "set", "sourceId", "8").assertOk();
        mms().run("config", "set", "requestTimeout", "10s").assertOk();
        mms().run("--profile", "prod", "config", "unset", "vpc").assertOk();
        mms().run("config", "use", "prod").assertOk();

        assertEquals("""
                # mms settings, kept by hand
                current: prod

                profiles:
                  # production: careful
                  prod:
                    region: cn-shanghai
                    sourceId: 2000015

                  dev:
                    endpoint: http://127.0.0.1:18086 # the emulator
                    sourceId: 8
                    requestTimeout: 10s
                """, Files.readString(configFile()));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(configFile()),
                "written as always: readable by its owner only");
        CliHarness.Result get = mms().run("--profile", "dev", "config", "get", "requestTimeout").assertOk();
        get.checkEquals("10s\n", get.out(), "the file reads back");
    }

    @Test
    void anUnknownProfileListsTheProfilesOfBothFiles() throws Exception {
        aliyunConfig();
        Files.createDirectories(configFile().getParent());
        Files.writeString(configFile(), "profiles:\n  dev:\n    region: cn-beijing\n");

        CliHarness.Result r = mms().run("--profile", "nosuch", "source", "list");

        r.assertExit(ExitCodes.USAGE);
        r.check(r.err().startsWith("Error: profile 'nosuch' not found; mms profiles (" + configFile() + "): dev, "
                + "local (built in); aliyun CLI profiles (" + home.resolve(".aliyun/config.json") + "): default, ci"),
                "lists both");
    }

    @Test
    void everyBadKeyAndValueOfTheFileAtOnceWithSuggestionsAndNoJavaNames() throws Exception {
        Files.createDirectories(configFile().getParent());
        Files.writeString(configFile(), """
                current: dev
                profiles:
                  dev:
                    regoin: cn-beijing
                    sourceId: abc
                    vpc: maybe
                    acessKeyId: x
                """);

        CliHarness.Result r = mms().run("config", "view");

        r.assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("4 problems"), "all at once");
        r.check(r.err().contains("unknown key 'regoin' at profiles.dev.regoin; did you mean 'region'?"), "region");
        r.check(r.err().contains("unknown key 'acessKeyId' at profiles.dev.acessKeyId; did you mean 'accessKeyId'?"),
                "accessKeyId");
        r.check(r.err().contains("profiles.dev.sourceId must be a data source id (a whole number), not 'abc'"), "type");
        r.check(r.err().contains("profiles.dev.vpc must be true or false, not 'maybe'"), "bool");
        r.check(!r.err().matches("(?s).*(java\\.|Jackson|jackson|Exception|\\bLong\\b|Boolean).*"), "plain words");

        CliHarness.Result badKey = mms().run("config", "set", "regoin", "cn-beijing");
        badKey.assertExit(ExitCodes.USAGE);
        badKey.check(badKey.err().contains("unknown config key 'regoin'; did you mean 'region'?"), "did you mean");
    }

    @Test
    void endpointsNeedASchemeAndPlainHttpOnlyToLoopbackUnlessAllowed() {
        CliHarness.Result bare = mms().run("--endpoint", "maxcompute.cn-hangzhou.aliyuncs.com", "config", "view");
        bare.assertExit(ExitCodes.USAGE);
        bare.check(bare.err().contains("has no scheme; give https://maxcompute.<region>.aliyuncs.com")
                && bare.err().contains("http://127.0.0.1:18086"), "shows the two valid forms");

        CliHarness.Result http = mms().run("--endpoint", "http://maxcompute.cn-hangzhou.aliyuncs.com", "config", "view");
        http.assertExit(ExitCodes.USAGE);
        http.check(http.err().contains("plain http") && http.err().contains("--allow-http"), "refused, says how");

        mms().run("--endpoint", "http://maxcompute.cn-hangzhou.aliyuncs.com", "--allow-http", "config", "view")
                .assertOk();
        mms().run("--endpoint", "http://127.0.0.1:18086", "config", "view").assertOk();
    }

    @Test
    void noOptionOfAnyCommandTakesASecretSoNoneCanShowInPs() {
        java.util.List<String> offending = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
        todo.add(Main.commandLine(new CliEnvironment(java.util.Map.of(), home, java.io.InputStream.nullInputStream(),
                java.time.Clock.systemUTC(), false, false)));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            c.getCommandSpec().options().forEach(o -> {
                for (String name : o.names()) {
                    if (name.matches("(?i).*(secret|token|password).*")) {
                        offending.add(c.getCommandSpec().qualifiedName() + " " + name);
                    }
                }
            });
            todo.addAll(c.getSubcommands().values());
        }
        assertEquals(java.util.List.of(), offending);
    }

    private static String value(JsonNode settings, String key) {
        for (JsonNode s : settings) {
            if (s.get("key").asText().equals(key)) {
                return s.get("value").asText();
            }
        }
        return null;
    }

    private static String origin(JsonNode settings, String key) {
        for (JsonNode s : settings) {
            if (s.get("key").asText().equals(key)) {
                return s.get("origin").asText();
            }
        }
        return null;
    }
}
