package dev.mms.auth;

import java.util.List;
import java.util.function.Function;

/**
 * The temporary-key sources the official credential chain reads from the environment (docs/credentials.md,
 * "Environment"): RRSA / OIDC ({@code ALIBABA_CLOUD_ROLE_ARN} + {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} +
 * {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE}), the ECS RAM role named by {@code ALIBABA_CLOUD_ECS_METADATA}, and
 * {@code ALIBABA_CLOUD_CREDENTIALS_URI}. Each is "not found" (the chain moves on) while its variables are unset.
 */
public final class EnvironmentSources {

    private EnvironmentSources() {
    }

    public static CredentialsProvider oidc(AuthContext context) {
        String roleArn = context.variable("ALIBABA_CLOUD_ROLE_ARN");
        String providerArn = context.variable("ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
        String tokenFile = context.variable("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
        String description = "RRSA/OIDC from ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and "
                + "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
        if (roleArn == null || providerArn == null || tokenFile == null) {
            return absent(description, "not all three set");
        }
        String session = context.variable("ALIBABA_CLOUD_ROLE_SESSION_NAME");
        StsClient.Role role = new StsClient.Role(roleArn, session == null ? "mms-" + context.clock().millis() : session,
                AliyunProfileSources.DEFAULT_DURATION_SECONDS, null, null);
        StsClient sts = new StsClient(context);
        return lazy(description, c -> () -> sts.assumeRoleWithOidc(c.endpoints().sts(null, null), providerArn,
                AliyunProfileSources.readToken(tokenFile), role), context);
    }

    public static CredentialsProvider ecsMetadata(AuthContext context) {
        String role = context.variable("ALIBABA_CLOUD_ECS_METADATA");
        String description = "ECS RAM role from ALIBABA_CLOUD_ECS_METADATA";
        if (role == null || context.isTrue("ALIBABA_CLOUD_ECS_METADATA_DISABLED")) {
            return absent(description, role == null ? "not set" : "ALIBABA_CLOUD_ECS_METADATA_DISABLED=true");
        }
        return lazy(description + " (role " + role + ")",
                c -> () -> new EcsMetadataClient(c).fetch(role), context);
    }

    public static CredentialsProvider credentialsUri(AuthContext context) {
        String uri = context.variable("ALIBABA_CLOUD_CREDENTIALS_URI");
        String description = "credentials URI from ALIBABA_CLOUD_CREDENTIALS_URI";
        if (uri == null) {
            return absent(description, "not set");
        }
        return lazy(description, c -> () -> new CredentialsUriClient(c).fetch(uri), context);
    }

    /** The sources in the official order, after the plain key of the environment. */
    public static List<CredentialsProvider> all(AuthContext context) {
        return List.of(oidc(context), ecsMetadata(context), credentialsUri(context));
    }

    private static CredentialsProvider lazy(String description,
                                            Function<AuthContext, java.util.function.Supplier<Credentials>> fetch,
                                            AuthContext context) {
        RefreshingCredentials refreshing = new RefreshingCredentials(fetch.apply(context), description,
                context.clock());
        return new CredentialsProvider() {
            @Override
            public Credentials get() {
                try {
                    return refreshing.get();
                } catch (CredentialsNotFoundException e) {
                    throw new CredentialsException(description + ": " + e.getMessage());
                } catch (CredentialsException e) {
                    throw new CredentialsException(description + ": " + e.getMessage());
                }
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    private static CredentialsProvider absent(String description, String why) {
        return new CredentialsProvider() {
            @Override
            public Credentials get() {
                throw new CredentialsNotFoundException(why);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
