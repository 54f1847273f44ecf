package dev.mms.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.auth.Credentials;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence flags > environment > config.yaml profile > defaults, the built-in local profile, and file safety. */
class ContextResolverTest {

    private static final String CONFIG = """
            current: dev
            profiles:
              dev:
                region: cn-beijing
                sourceId: 7
              pinned:
                endpoint: https://maxcompute-vpc.cn-shanghai.aliyuncs.com
                sourceId: 8
            """;

    @TempDir
    Path home;

    private ContextResolver resolver() {
        return new ContextResolver(home);
    }

    @Test
    void withNothingConfiguredTheDefaultRegionsEndpointIsUsed() {
        ResolvedContext ctx = resolver().resolve(Overrides.none(), Map.of());

        assertNull(ctx.profileName());
        assertEquals(URI.create("https://maxcompute.cn-hangzhou.aliyuncs.com"), ctx.endpoint());
        assertEquals("cn-hangzhou", ctx.region());
        assertNull(ctx.sourceId());
        assertFalse(ctx.isLocal());
    }

    @Test
    void theCurrentProfileOfTheFileApplies() throws Exception {
        writeConfig(CONFIG, "rw-r--r--");

        ResolvedContext ctx = resolver().resolve(Overrides.none(), Map.of());

        assertEquals("dev", ctx.profileName());
        assertEquals(URI.create("https://maxcompute.cn-beijing.aliyuncs.com"), ctx.endpoint());
        assertEquals(7L, ctx.sourceId());
    }

    @Test
    void environmentBeatsTheProfile() throws Exception {
        writeConfig(CONFIG, "rw-r--r--");

        ResolvedContext byRegion = resolver().resolve(Overrides.none(),
                Map.of("ALIBABA_CLOUD_REGION_ID", "cn-shenzhen", "MMS_SOURCE_ID", "9", "MMS_PROFILE", "pinned"));
        ResolvedContext byEndpoint = resolver().resolve(Overrides.none(),
                Map.of("MMS_ENDPOINT", "http://127.0.0.1:9999", "ALIBABA_CLOUD_REGION_ID", "cn-shenzhen"));

        assertEquals("pinned", byRegion.profileName());
        assertEquals(URI.create("https://maxcompute.cn-shenzhen.aliyuncs.com"), byRegion.endpoint(),
                "a region from the environment beats the profile's endpoint");
        assertEquals(9L, byRegion.sourceId());
        assertEquals(URI.create("http://127.0.0.1:9999"), byEndpoint.endpoint());
        assertTrue(byEndpoint.isLocal());
    }

    @Test
    void flagsBeatTheEnvironment() throws Exception {
        writeConfig(CONFIG, "rw-r--r--");
        Map<String, String> env = Map.of("MMS_PROFILE", "dev", "MMS_SOURCE_ID", "9", "ALIBABA_CLOUD_REGION_ID",
                "cn-shenzhen", "MMS_ENDPOINT", "https://env.example");

        ResolvedContext ctx = resolver().resolve(new Overrides("pinned", "https://maxcompute.eu-central-1.aliyuncs.com",
                "eu-central-1", 11L), env);

        assertEquals("pinned", ctx.profileName());
        assertEquals(URI.create("https://maxcompute.eu-central-1.aliyuncs.com"), ctx.endpoint());
        assertEquals("eu-central-1", ctx.region());
        assertEquals(11L, ctx.sourceId());
    }

    @Test
    void theProfilesEndpointIsUsedWhenNoRegionIsGivenAbove() throws Exception {
        writeConfig(CONFIG, "rw-r--r--");

        ResolvedContext ctx = resolver().resolve(new Overrides("pinned", null, null, null), Map.of());

        assertEquals(URI.create("https://maxcompute-vpc.cn-shanghai.aliyuncs.com"), ctx.endpoint());
        assertEquals(8L, ctx.sourceId());
    }

    @Test
    void theBuiltInLocalProfileTalksToTheEmulatorWithItsKey() {
        Map<String, String> env = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIcloud",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "cloud-secret");

        ResolvedContext ctx = resolver().resolve(new Overrides("local", null, null, null), env);

        assertEquals(URI.create("http://127.0.0.1:18086"), ctx.endpoint());
        assertEquals(2000015L, ctx.sourceId());
        assertTrue(ctx.isLocal());
        assertEquals(new Credentials("mms-local", "mms-local-secret", null), ctx.credentials().get());
    }

    @Test
    void aSecretInAFileOthersCanReadIsRefused() throws Exception {
        Path file = writeConfig("current: dev\nprofiles:\n  dev:\n    accessKeyId: LTAIfile\n"
                + "    accessKeySecret: file-secret\n", "rw-r--r--");

        ConfigException e = assertThrows(ConfigException.class,
                () -> resolver().resolve(Overrides.none(), Map.of()));

        assertEquals(file + " holds an access key secret but other users can read it; run: chmod 600 " + file,
                e.getMessage());
        assertFalse(e.getMessage().contains("file-secret"));
    }

    @Test
    void aPrivateFilesKeyIsUsedAfterTheEnvironment() throws Exception {
        Path file = writeConfig("current: dev\nprofiles:\n  dev:\n    accessKeyId: LTAIfile\n"
                + "    accessKeySecret: file-secret\n", "rw-------");

        ResolvedContext fromFile = resolver().resolve(Overrides.none(), Map.of());
        ResolvedContext fromEnv = resolver().resolve(Overrides.none(), Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"));

        assertEquals("LTAIfile", fromFile.credentials().get().accessKeyId());
        assertEquals("mms profile 'dev' in " + file, fromFile.credentials().describe());
        assertEquals("LTAIenv", fromEnv.credentials().get().accessKeyId());
    }

    @Test
    void xdgConfigHomeMovesTheFile() throws Exception {
        Path xdg = Files.createDirectories(home.resolve("xdg"));
        Files.createDirectories(xdg.resolve("mms"));
        Files.writeString(xdg.resolve("mms/config.yaml"), "current: x\nprofiles:\n  x:\n    sourceId: 5\n");

        ResolvedContext ctx = resolver().resolve(Overrides.none(), Map.of("XDG_CONFIG_HOME", xdg.toString()));

        assertEquals(xdg.resolve("mms/config.yaml"), resolver().configPath(Map.of("XDG_CONFIG_HOME", xdg.toString())));
        assertEquals(5L, ctx.sourceId());
    }

    @Test
    void badValuesAreNamed() throws Exception {
        ConfigException badId = assertThrows(ConfigException.class,
                () -> resolver().resolve(Overrides.none(), Map.of("MMS_SOURCE_ID", "abc")));
        ConfigException badEndpoint = assertThrows(ConfigException.class,
                () -> resolver().resolve(new Overrides(null, "ftp://x", null, null), Map.of()));
        writeConfig("profiles:\n  dev:\n    regoin: cn-beijing\n", "rw-------");
        ConfigException unknownKey = assertThrows(ConfigException.class,
                () -> resolver().resolve(Overrides.none(), Map.of()));

        assertEquals("MMS_SOURCE_ID must be a data source id (a number), not 'abc'", badId.getMessage());
        assertTrue(badEndpoint.getMessage().startsWith("invalid endpoint 'ftp://x' from flag --endpoint"),
                badEndpoint.getMessage());
        assertTrue(unknownKey.getMessage().endsWith("unknown key 'regoin' at profiles.dev.regoin; did you mean "
                + "'region'?"), unknownKey.getMessage());
    }

    @Test
    void theAliyunProfilesRegionIsUsedAndABrokenAliyunFileDoesNotStopTheLocalProfile() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\": \"default\", \"profiles\": [{\"name\":"
                + " \"default\", \"mode\": \"AK\", \"access_key_id\": \"LTAIx\", \"access_key_secret\": \"s\","
                + " \"region_id\": \"cn-shanghai\"}]}");

        ResolvedContext ctx = resolver().resolve(Overrides.none(), Map.of());

        assertEquals(URI.create("https://maxcompute.cn-shanghai.aliyuncs.com"), ctx.endpoint());
        assertEquals("cn-shanghai", ctx.region());

        Files.writeString(home.resolve(".aliyun/config.json"), "{not json");
        ResolvedContext local = resolver().resolve(new Overrides("local", null, null, null), Map.of());
        assertEquals(URI.create("http://127.0.0.1:18086"), local.endpoint());
        Exception broken = assertThrows(dev.mms.auth.CredentialsException.class,
                () -> resolver().resolve(Overrides.none(), Map.of()).credentials().get());
        assertTrue(broken.getMessage().contains("is not valid JSON"), broken.getMessage());
    }

    private Path writeConfig(String yaml, String permissions) throws Exception {
        Path file = home.resolve(".config/mms/config.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
