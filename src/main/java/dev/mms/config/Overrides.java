package dev.mms.config;

import java.time.Duration;

/**
 * The global flags that take part in configuration ({@code --profile --endpoint --region --source-id --vpc
 * --allow-http --request-timeout --attempts}); null = unset.
 */
public record Overrides(String profile, String endpoint, String region, Long sourceId, Boolean vpc, Boolean allowHttp,
                        Duration requestTimeout, Integer attempts) {

    public Overrides(String profile, String endpoint, String region, Long sourceId) {
        this(profile, endpoint, region, sourceId, null, null, null, null);
    }

    public static Overrides none() {
        return new Overrides(null, null, null, null, null, null, null, null);
    }
}
