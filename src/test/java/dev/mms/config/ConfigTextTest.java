package dev.mms.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A config file changed by set/unset/use keeps what the user wrote: comments, blank lines, order, quoting, indent. */
class ConfigTextTest {

    private static final String WRITTEN = """
            # mms settings, kept by hand
            current: dev   # the one I use

            profiles:
                # production: careful
                prod:
                    region: cn-shanghai
                    vpc: true     # inside the VPC
                    sourceId: 2000015

                dev:
                    endpoint: "http://127.0.0.1:18086"   # the emulator
                    sourceId: 7
                    accessKeyId: '12345'
            # the end
            """;

    private static ConfigFile read(String text) {
        return ConfigFile.parse(text, "test");
    }

    @Test
    void onlyTheChangedValuesChange() {
        ConfigFile file = read(WRITTEN);
        ConfigFile changed = file.withCurrent("prod")
                .withProfile("dev", ProfileEditor.set(ProfileEditor.set(file.profile("dev"), "sourceId", "8"),
                        "requestTimeout", "10s"))
                .withProfile("prod", ProfileEditor.set(file.profile("prod"), "vpc", null))
                .withProfile("ci", ProfileEditor.set(null, "attempts", "6"));
        assertEquals(Optional.of("""
                # mms settings, kept by hand
                current: prod # the one I use

                profiles:
                    # production: careful
                    prod:
                        region: cn-shanghai
                        sourceId: 2000015

                    dev:
                        endpoint: "http://127.0.0.1:18086" # the emulator
                        sourceId: 8
                        accessKeyId: '12345'
                        requestTimeout: 10s
                    ci:
                        attempts: 6
                # the end
                """), ConfigText.rewrite(WRITTEN, changed));
    }

    @Test
    void nothingChangedIsTheSameText() {
        String text = ConfigText.rewrite(WRITTEN, read(WRITTEN)).orElseThrow();
        assertEquals(WRITTEN.replace("dev   #", "dev #").replace("true     #", "true #")
                .replace("\"   #", "\" #"), text, "only the spaces before inline comments change");
    }

    @Test
    void aStringThatLooksLikeANumberStaysAString() {
        ConfigFile file = read("profiles:\n  dev:\n    region: cn-shanghai\n");
        String text = ConfigText.rewrite("profiles:\n  dev:\n    region: cn-shanghai\n",
                file.withProfile("dev", ProfileEditor.set(file.profile("dev"), "accessKeyId", "12345"))).orElseThrow();
        assertEquals("profiles:\n  dev:\n    region: cn-shanghai\n    accessKeyId: '12345'\n", text);
        assertEquals("12345", read(text).profile("dev").accessKeyId());
    }

    @Test
    void aFileThatCannotBeKeptAsWrittenIsLeftToBeWrittenAnew() {
        String twoDocuments = "profiles:\n  dev:\n    region: cn-shanghai\n---\nprofiles: {}\n";
        assertTrue(ConfigText.rewrite(twoDocuments, read("profiles:\n  dev:\n    region: cn-beijing\n")).isEmpty());
        assertTrue(ConfigText.rewrite("- a list\n", read("current: dev\n")).isEmpty());
    }
}
