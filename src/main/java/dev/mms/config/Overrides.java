package dev.mms.config;

/** The global flags that take part in configuration ({@code --profile --endpoint --region --source-id}); null = unset. */
public record Overrides(String profile, String endpoint, String region, Long sourceId) {

    public static Overrides none() {
        return new Overrides(null, null, null, null);
    }
}
