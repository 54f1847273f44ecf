package dev.mms.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one aliyun CLI profile into the source of its key, for every mode the CLI writes (docs/credentials.md,
 * "Modes"): AK and StsToken as they are; RamRoleArn (AssumeRole with the profile's key), ChainableRamRoleArn
 * (AssumeRole with the key of {@code source_profile}), RamRoleArnWithRoleName (AssumeRole with the ECS role's key),
 * EcsRamRole (the metadata service), External ({@code process_command}), CredentialsURI and OIDC, each refreshed
 * before it expires. {@code ram_session_name}, {@code expired_seconds}, {@code sts_region}, {@code sts_endpoint} and
 * {@code external_id} are honoured.
 */
final class AliyunProfileSources {

    static final int DEFAULT_DURATION_SECONDS = 3600;

    private final AuthContext context;
    private final AliyunConfigFile file;

    AliyunProfileSources(AuthContext context, AliyunConfigFile file) {
        this.context = context;
        this.file = file;
    }

    /** The source of {@code profile}'s key; fields that are missing for its mode are an error naming them. */
    CredentialsProvider sourceOf(AliyunProfile profile) {
        return sourceOf(profile, new ArrayList<>());
    }

    private CredentialsProvider sourceOf(AliyunProfile profile, List<String> chain) {
        if (chain.contains(profile.name())) {
            chain.add(profile.name());
            throw problem(profile, "source_profile makes a loop: " + String.join(" -> ", chain));
        }
        chain.add(profile.name());
        String mode = profile.mode();
        String label = label(profile);
        StsClient sts = new StsClient(context);
        return switch (mode) {
            case "AK" -> fixed(new Credentials(required(profile, "access_key_id"),
                    required(profile, "access_key_secret"), null), label);
            case "StsToken" -> fixed(new Credentials(required(profile, "access_key_id"),
                    required(profile, "access_key_secret"), required(profile, "sts_token")), label);
            case "RamRoleArn" -> {
                Credentials own = new Credentials(required(profile, "access_key_id"),
                        required(profile, "access_key_secret"), profile.text("sts_token"));
                yield assumed(profile, fixed(own, label), sts, label);
            }
            case "ChainableRamRoleArn" -> {
                String sourceName = required(profile, "source_profile");
                AliyunProfile source = file.profile(sourceName);
                if (source == null) {
                    throw problem(profile, "its source_profile '" + sourceName + "' is not in " + file.path()
                            + " (profiles there: " + String.join(", ", file.names()) + ")");
                }
                yield assumed(profile, sourceOf(source, chain), sts, label);
            }
            case "RamRoleArnWithRoleName" -> {
                String role = profile.text("ram_role_name");
                CredentialsProvider ecs = refreshing(() -> new EcsMetadataClient(context).fetch(role), label);
                yield assumed(profile, ecs, sts, label);
            }
            case "EcsRamRole" -> {
                String role = profile.text("ram_role_name");
                yield refreshing(() -> new EcsMetadataClient(context).fetch(role), label);
            }
            case "External" -> {
                String command = required(profile, "process_command");
                yield refreshing(() -> new ExternalCommand(context).run(command), label);
            }
            case "CredentialsURI" -> {
                String uri = first(profile.text("credentials_uri"), context.variable("ALIBABA_CLOUD_CREDENTIALS_URI"));
                if (uri == null) {
                    throw problem(profile, "it has no credentials_uri (and ALIBABA_CLOUD_CREDENTIALS_URI is not set)");
                }
                yield refreshing(() -> new CredentialsUriClient(context).fetch(uri), label);
            }
            case "OIDC" -> {
                String providerArn = first(profile.text("oidc_provider_arn"),
                        context.variable("ALIBABA_CLOUD_OIDC_PROVIDER_ARN"));
                String tokenFile = first(profile.text("oidc_token_file"),
                        context.variable("ALIBABA_CLOUD_OIDC_TOKEN_FILE"));
                String roleArn = first(profile.text("ram_role_arn"), context.variable("ALIBABA_CLOUD_ROLE_ARN"));
                if (providerArn == null || tokenFile == null || roleArn == null) {
                    throw problem(profile, "it needs oidc_provider_arn, oidc_token_file and ram_role_arn");
                }
                StsClient.Role role = role(profile, roleArn);
                var endpoint = context.endpoints().sts(profile.text("sts_endpoint"), profile.text("sts_region"));
                yield refreshing(() -> sts.assumeRoleWithOidc(endpoint, providerArn, readToken(tokenFile), role),
                        label);
            }
            case "RsaKeyPair", "CloudSSO", "OAuth", "BearerToken", "Anonymous" -> throw problem(profile,
                    "mode " + mode + " is not supported by mms; use a RamRoleArn, StsToken or AK profile, or set "
                            + "ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN)");
            default -> throw problem(profile, "unknown mode '" + mode + "'; run `aliyun configure --profile "
                    + profile.name() + "`");
        };
    }

    private CredentialsProvider assumed(AliyunProfile profile, CredentialsProvider caller, StsClient sts, String label) {
        StsClient.Role role = role(profile, required(profile, "ram_role_arn"));
        var endpoint = context.endpoints().sts(profile.text("sts_endpoint"), profile.text("sts_region"));
        return refreshing(() -> sts.assumeRole(endpoint, caller.get(), role), label);
    }

    private StsClient.Role role(AliyunProfile profile, String roleArn) {
        Integer seconds = profile.positive("expired_seconds");
        String session = first(profile.text("ram_session_name"), context.variable("ALIBABA_CLOUD_ROLE_SESSION_NAME"),
                "mms-" + context.clock().millis());
        return new StsClient.Role(roleArn, session, seconds == null ? DEFAULT_DURATION_SECONDS : seconds,
                first(profile.text("external_id"), context.variable("ALIBABA_CLOUD_EXTERNAL_ID")), null);
    }

    /** The OIDC token file is read again at every refresh: the kubelet rotates it. */
    static String readToken(String tokenFile) {
        try {
            String token = Files.readString(Path.of(tokenFile)).trim();
            if (token.isEmpty()) {
                throw new CredentialsException("the OIDC token file " + tokenFile + " is empty");
            }
            return token;
        } catch (IOException e) {
            throw new CredentialsException("cannot read the OIDC token file " + tokenFile + " ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
    }

    private CredentialsProvider refreshing(java.util.function.Supplier<Credentials> fetch, String label) {
        return new RefreshingCredentials(fetch, label, context.clock());
    }

    private static CredentialsProvider fixed(Credentials credentials, String label) {
        return new StaticCredentialsProvider(credentials, label);
    }

    String label(AliyunProfile profile) {
        return "aliyun CLI profile '" + profile.name() + "' (mode " + profile.mode() + ") in " + file.path();
    }

    private String required(AliyunProfile profile, String field) {
        String value = profile.text(field);
        if (value == null) {
            throw problem(profile, "it has no " + field + "; run `aliyun configure --profile " + profile.name()
                    + " --mode " + profile.mode() + "`");
        }
        return value;
    }

    private CredentialsException problem(AliyunProfile profile, String what) {
        return new CredentialsException(label(profile) + ": " + what);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
