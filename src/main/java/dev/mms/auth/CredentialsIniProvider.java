package dev.mms.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Step 5 of the official chain: the section {@code ALIBABA_CLOUD_PROFILE} (default {@code default}) of
 * credentials-java's INI file, {@code ALIBABA_CLOUD_CREDENTIALS_FILE} or {@code ~/.alibabacloud/credentials.ini}
 * (docs/credentials.md, "The INI profile file"). A missing file, a missing section and a section without
 * {@code enable = true} are "not found"; a section that is enabled but half set is an error naming the file, the
 * section and the key. Types {@code access_key}, {@code ecs_ram_role} (the ECS metadata service) and
 * {@code ram_role_arn} (STS AssumeRole with the section's key) are read; the others are refused by name.
 */
public final class CredentialsIniProvider implements CredentialsProvider {

    static final String FILE_VARIABLE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    static final String SECTION_VARIABLE = "ALIBABA_CLOUD_PROFILE";

    /** What {@code mms config view} shows of the section the chain would use: never a secret. */
    public record Preview(String credentials, String origin) {
    }

    private final AuthContext context;
    private final OpenedOnFirstUse source;

    public CredentialsIniProvider(AuthContext context) {
        this.context = context;
        Path path = path(context);
        this.source = new OpenedOnFirstUse("credentials INI file "
                + (path == null ? "(" + FILE_VARIABLE + " is empty)" : path), this::open);
    }

    /** {@code ALIBABA_CLOUD_CREDENTIALS_FILE} as it is (no ~ expansion), else under the home; null when set empty. */
    static Path path(AuthContext context) {
        String file = context.env().get(FILE_VARIABLE);
        if (file == null) {
            return context.home().resolve(".alibabacloud").resolve("credentials.ini");
        }
        return file.isBlank() ? null : Path.of(file.trim());
    }

    static String sectionName(AuthContext context) {
        String name = context.variable(SECTION_VARIABLE);
        return name == null ? "default" : name;
    }

    @Override
    public Credentials get() {
        return source.get();
    }

    @Override
    public String describe() {
        return source.describe();
    }

    /**
     * The type and key id (or role) of the section the chain would use, judged from the file alone; null when the
     * file or its section is not there (the chain goes on to its next source). A file the chain would stop at (one it
     * cannot read, or with a secret others can read) is previewed as unusable, with why.
     */
    public static Preview preview(AuthContext context) {
        try {
            CredentialsIniFile.Section section = enabledSection(context);
            String type = section.text("type");
            StringBuilder what = new StringBuilder("type " + type);
            appendIfSet(what, ", accessKeyId ", section.text("access_key_id"));
            appendIfSet(what, ", role ", section.text("role_arn"));
            appendIfSet(what, ", role ", section.text("role_name"));
            return new Preview(what.toString(), "section [" + section.name() + "] of " + path(context));
        } catch (CredentialsNotFoundException absent) {
            return null;
        } catch (CredentialsException unusable) {
            return new Preview("unusable: " + unusable.getMessage(), "credentials INI file " + path(context));
        }
    }

    private CredentialsProvider open() {
        CredentialsIniFile.Section section = enabledSection(context);
        Path path = path(context);
        String type = section.text("type");
        String label = "credentials INI file " + path + ", section [" + section.name() + "]"
                + (type == null ? "" : " (type " + type + ")");
        if (type == null) {
            throw problem(label, section, "it has no type; set type = access_key, ecs_ram_role or ram_role_arn");
        }
        return switch (type) {
            case "access_key" -> new StaticCredentialsProvider(new Credentials(required(label, section,
                    "access_key_id"), required(label, section, "access_key_secret"), null), label);
            case "ecs_ram_role" -> {
                String role = required(label, section, "role_name");
                yield new RefreshingCredentials(() -> new EcsMetadataClient(context).fetch(role), label,
                        context.clock());
            }
            case "ram_role_arn" -> {
                Credentials own = new Credentials(required(label, section, "access_key_id"),
                        required(label, section, "access_key_secret"), null);
                StsClient.Role role = new StsClient.Role(required(label, section, "role_arn"),
                        required(label, section, "role_session_name"), AliyunProfileSources.DEFAULT_DURATION_SECONDS,
                        null, section.text("policy"));
                StsClient sts = new StsClient(context);
                yield new RefreshingCredentials(() -> sts.assumeRole(context.endpoints().sts(null, null), own, role),
                        label, context.clock());
            }
            case "oidc_role_arn", "rsa_key_pair" -> throw problem(label, section, "type " + type
                    + " is not supported by mms; use type access_key, ecs_ram_role or ram_role_arn, or for RRSA set "
                    + "ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE");
            default -> throw problem(label, section, "unknown type '" + type
                    + "'; expected access_key, ecs_ram_role or ram_role_arn");
        };
    }

    /** The section to use, or "not found" as credentials-java skips it; a secret others can read is refused. */
    private static CredentialsIniFile.Section enabledSection(AuthContext context) {
        Path path = path(context);
        if (path == null) {
            throw new CredentialsNotFoundException(FILE_VARIABLE + " is set but empty");
        }
        if (!Files.exists(path)) {
            throw new CredentialsNotFoundException("file not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new CredentialsNotFoundException("not a regular file");
        }
        CredentialsIniFile file = CredentialsIniFile.read(path);
        String name = sectionName(context);
        CredentialsIniFile.Section section = file.section(name);
        if (section == null) {
            throw new CredentialsNotFoundException("no section [" + name + "]");
        }
        if (!section.enabled()) {
            throw new CredentialsNotFoundException("section [" + name + "] is off: it has no enable = true");
        }
        if (file.holdsSecret()) {
            refuseIfOthersCanRead(path);
        }
        return section;
    }

    /** The rule of the mms config file (docs/configuration.md): a file with a secret is for its owner only. */
    private static void refuseIfOthersCanRead(Path path) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException notPosix) {
            return; // Windows: the ACLs of the user's profile directory apply
        } catch (IOException e) {
            throw new CredentialsException("cannot read the permissions of " + path + " (" + e.getMessage() + ")");
        }
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new CredentialsException(path + " holds an access key secret but other users can read it; "
                    + "run: chmod 600 " + path);
        }
    }

    private static String required(String label, CredentialsIniFile.Section section, String key) {
        String value = section.text(key);
        if (value == null) {
            CredentialsIniFile.Entry entry = section.entries().get(key);
            throw new CredentialsException(label + ": " + key + (entry == null
                    ? " is missing (section at line " + section.line() + ")"
                    : " is empty (line " + entry.line() + ")"));
        }
        return value;
    }

    private static CredentialsException problem(String label, CredentialsIniFile.Section section, String what) {
        return new CredentialsException(label + " (line " + section.line() + "): " + what);
    }

    private static void appendIfSet(StringBuilder text, String prefix, String value) {
        if (value != null) {
            text.append(prefix).append(value);
        }
    }
}
