package dev.mms.config;

import dev.mms.auth.CredentialsProvider;
import java.net.URI;
import java.util.List;

/**
 * Everything a command needs to reach the service, after precedence: profile name (null when none applies), endpoint,
 * region, data source id (null when not configured), the per-request timeout and attempts, where the key comes from,
 * whether this is the local emulator, and each effective setting with its origin.
 */
public record ResolvedContext(String profileName, URI endpoint, String region, Long sourceId,
                              RequestSettings requests, CredentialsProvider credentials, boolean isLocal,
                              List<Setting> settings) {

    public ResolvedContext {
        settings = settings == null ? List.of() : List.copyOf(settings);
    }
}
