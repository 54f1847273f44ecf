package dev.mms.config;

import dev.mms.auth.CredentialsProvider;
import java.net.URI;

/**
 * Everything a command needs to reach the service, after precedence: profile name (null when none applies), endpoint,
 * region, data source id (null when not configured), where the key comes from, and whether this is the local emulator.
 */
public record ResolvedContext(String profileName, URI endpoint, String region, Long sourceId,
                              CredentialsProvider credentials, boolean isLocal) {
}
