package dev.mms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * credentials-java's INI profile file: read line by line as its ProfileUtils reads it, and chosen by section,
 * {@code enable} and {@code type} as its ProfileCredentialsProvider chooses, with "not found" (the chain goes on)
 * kept apart from "broken" (an error naming the file and the line or key).
 */
class CredentialsIniTest {

    @TempDir
    Path home;

    @Test
    void commentsWhiteSpaceAndDuplicatesAreReadAsCredentialsJavaReadsThem() {
        CredentialsIniFile file = parse("""
                # a comment line
                ; another
                [ ] ;a nameless section is skipped with its keys
                enable = true
                [default] # comment after a header
                enable = false
                enable =   TRUE   # a later key wins; value trimmed
                type = access_key
                access_key_id=LTAIini;not-a-comment
                access_key_secret = s3cret ; comment
                Type = ignored, keys are case-sensitive
                policy = {"Statement":
                \t"continued"}
                flag
                [default]
                region_id = cn-shanghai
                """);

        CredentialsIniFile.Section s = file.section("default");
        assertEquals(List.of("default"), List.copyOf(file.sections().keySet()), "[ ] is skipped");
        assertTrue(s.enabled(), "enable is compared as Boolean.parseBoolean");
        assertEquals("access_key", s.text("type"));
        assertEquals("LTAIini;not-a-comment", s.text("access_key_id"), "';' without white space before it is text");
        assertEquals("s3cret", s.text("access_key_secret"));
        assertEquals("ignored, keys are case-sensitive", s.text("Type"));
        assertEquals("{\"Statement\":\n\"continued\"}", s.text("policy"), "a tab continues the value above");
        assertNull(s.text("flag"), "a key without '=' has no value");
        assertEquals("cn-shanghai", s.text("region_id"), "a section given twice is merged");
        assertEquals(5, s.line());
        assertEquals(10, s.entries().get("access_key_secret").line());
    }

    @Test
    void keysBeforeAnyHeaderGoToSectionQuestionMark() {
        assertEquals("x", parse("a = x\n[default]\n").section("?").text("a"));
    }

    @Test
    void brokenLinesNameTheFileAndTheLineButNotTheirText() {
        CredentialsException header = assertThrows(CredentialsException.class,
                () -> parse("[default]\nenable = true\n[prod secret-looking\n"));
        assertEquals(home.resolve("c.ini") + " line 3: a section header must end with ']'", header.getMessage());

        CredentialsException noKey = assertThrows(CredentialsException.class, () -> parse("[d]\n = value\n"));
        assertEquals(home.resolve("c.ini") + " line 2: a key is missing before '='", noKey.getMessage());

        CredentialsException tab = assertThrows(CredentialsException.class, () -> parse("[d]\n\tdangling\n"));
        assertTrue(tab.getMessage().startsWith(home.resolve("c.ini") + " line 2: a line that starts with a tab"),
                tab.getMessage());
    }

    @Test
    void anAccessKeySectionGivesItsKey() throws Exception {
        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = s-ini\n");

        CredentialsIniProvider provider = new CredentialsIniProvider(AuthContext.of(Map.of(), home));

        assertEquals(new Credentials("LTAIini", "s-ini", null), provider.get());
        assertEquals("credentials INI file " + iniPath() + ", section [default] (type access_key)",
                provider.describe());
    }

    @Test
    void theSectionComesFromAlibabaCloudProfileAndThePathFromAlibabaCloudCredentialsFile() throws Exception {
        Path elsewhere = Files.writeString(home.resolve("my.ini"),
                "[prod]\nenable = true\ntype = access_key\naccess_key_id = LTAIprod\naccess_key_secret = s-prod\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));

        Credentials key = new CredentialsIniProvider(AuthContext.of(Map.of("ALIBABA_CLOUD_PROFILE", "prod",
                "ALIBABA_CLOUD_CREDENTIALS_FILE", elsewhere.toString()), home)).get();

        assertEquals("LTAIprod", key.accessKeyId());
    }

    @Test
    void aMissingFileASectionMissingAndASectionNotEnabledAreNotFound() throws Exception {
        CredentialsNotFoundException noFile = assertThrows(CredentialsNotFoundException.class, () -> provider().get());
        assertEquals("file not found", noFile.getMessage());

        writeIni("[other]\nenable = true\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n");
        assertEquals("no section [default]",
                assertThrows(CredentialsNotFoundException.class, () -> provider().get()).getMessage());

        writeIni("[default]\nenable = yes\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n");
        assertEquals("section [default] is off: it has no enable = true",
                assertThrows(CredentialsNotFoundException.class, () -> provider().get()).getMessage());

        CredentialsException empty = assertThrows(CredentialsNotFoundException.class,
                () -> new CredentialsIniProvider(AuthContext.of(Map.of("ALIBABA_CLOUD_CREDENTIALS_FILE", ""), home))
                        .get());
        assertEquals("ALIBABA_CLOUD_CREDENTIALS_FILE is set but empty", empty.getMessage());
    }

    @Test
    void theChainGoesOnPastAMissingFileAndNamesItsPath() {
        CredentialsException none = assertThrows(CredentialsException.class,
                () -> CredentialChain.standard(AuthContext.of(Map.of(), home), null).get());

        assertTrue(none.getMessage().contains("credentials INI file " + iniPath() + " (file not found)"),
                none.getMessage());
        assertFalse(none instanceof CredentialsNotFoundException);
    }

    @Test
    void aHalfSetSectionIsAnErrorNamingTheFileSectionAndKey() throws Exception {
        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIini\n");
        CredentialsException missing = assertThrows(CredentialsException.class, () -> provider().get());
        assertFalse(missing instanceof CredentialsNotFoundException, "a broken section stops the chain");
        assertEquals("credentials INI file " + iniPath() + ", section [default] (type access_key): "
                + "access_key_secret is missing (section at line 1)", missing.getMessage());

        writeIni("[default]\nenable = true\ntype = ram_role_arn\naccess_key_id = a\naccess_key_secret = b\n"
                + "role_arn = acs:ram::1:role/r\nrole_session_name =\n");
        assertEquals("credentials INI file " + iniPath() + ", section [default] (type ram_role_arn): "
                + "role_session_name is empty (line 7)",
                assertThrows(CredentialsException.class, () -> provider().get()).getMessage());

        writeIni("[default]\nenable = true\naccess_key_id = a\n");
        assertTrue(assertThrows(CredentialsException.class, () -> provider().get()).getMessage()
                .endsWith("section [default] (line 1): it has no type; set type = access_key, ecs_ram_role or "
                        + "ram_role_arn"));
    }

    @Test
    void oidcAndRsaKeyPairTypesAreRefusedByName() throws Exception {
        for (String type : List.of("oidc_role_arn", "rsa_key_pair")) {
            writeIni("[default]\nenable = true\ntype = " + type + "\n");
            CredentialsException e = assertThrows(CredentialsException.class, () -> provider().get());
            assertFalse(e instanceof CredentialsNotFoundException, type + " is not skipped silently");
            assertTrue(e.getMessage().startsWith("credentials INI file " + iniPath() + ", section [default] (type "
                    + type + ") (line 1): type " + type + " is not supported by mms"), e.getMessage());
        }
    }

    @Test
    void aFileWithASecretThatOthersCanReadIsRefused() throws Exception {
        writeIni("[default]\nenable = true\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n");
        Files.setPosixFilePermissions(iniPath(), PosixFilePermissions.fromString("rw-r--r--"));

        CredentialsException e = assertThrows(CredentialsException.class, () -> provider().get());

        assertEquals(iniPath() + " holds an access key secret but other users can read it; run: chmod 600 "
                + iniPath(), e.getMessage());
        Files.setPosixFilePermissions(iniPath(), PosixFilePermissions.fromString("rw-------"));
        assertEquals("a", provider().get().accessKeyId());
    }

    @Test
    void aRoleSectionWithoutSecretMayBeReadableByOthers() throws Exception {
        writeIni("[default]\nenable = true\ntype = ecs_ram_role\nrole_name = r\n");
        Files.setPosixFilePermissions(iniPath(), PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> env = new HashMap<>();
        env.put("MMS_ECS_METADATA_ENDPOINT", "http://127.0.0.1:1");

        CredentialsIniProvider.Preview preview = CredentialsIniProvider.preview(AuthContext.of(env, home));

        assertEquals("type ecs_ram_role, role r", preview.credentials());
        assertEquals("section [default] of " + iniPath(), preview.origin());
    }

    private CredentialsIniProvider provider() {
        return new CredentialsIniProvider(AuthContext.of(Map.of(), home));
    }

    private CredentialsIniFile parse(String text) {
        return CredentialsIniFile.parse(home.resolve("c.ini"), text.lines().toList());
    }

    private Path iniPath() {
        return home.resolve(".alibabacloud/credentials.ini");
    }

    private void writeIni(String text) throws Exception {
        Files.createDirectories(iniPath().getParent());
        Files.writeString(iniPath(), text);
        Files.setPosixFilePermissions(iniPath(), PosixFilePermissions.fromString("rw-------"));
    }
}
