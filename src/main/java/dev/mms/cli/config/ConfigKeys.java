package dev.mms.cli.config;

import dev.mms.cli.UsageException;
import dev.mms.config.ProfileSettings;
import dev.mms.spec.KeySuggester;
import java.util.ArrayList;
import java.util.List;

/** The keys `mms config get/set/unset` accept, with the spec reader's "did you mean" for a mistyped one. */
final class ConfigKeys {

    /** What {@code get} can show beyond the profile keys: the effective choices of the resolver. */
    static final List<String> VIEW_ONLY = List.of("profile", "aliyunProfile", "credentials", "securityToken");

    private ConfigKeys() {
    }

    static void checkSettable(String key) {
        if (!ProfileSettings.KEYS.contains(key)) {
            throw unknown(key, ProfileSettings.KEYS);
        }
    }

    static void checkViewable(String key) {
        List<String> all = new ArrayList<>(ProfileSettings.KEYS);
        all.addAll(VIEW_ONLY);
        if (!all.contains(key)) {
            throw unknown(key, all);
        }
    }

    private static UsageException unknown(String key, List<String> known) {
        return new UsageException("unknown config key '" + key + "'" + new KeySuggester(known).suggest(key)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse(" (keys: " + String.join(", ", known) + ")"));
    }
}
