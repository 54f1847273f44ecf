package dev.mms.auth;

/**
 * The key of an aliyun CLI profile from {@code ~/.aliyun/config.json}, so that users of {@code aliyun configure} need
 * nothing new: every mode the CLI writes ({@link AliyunProfileSources}). The file is read and the profile's source
 * built on first use; after that each {@link #get()} asks that source, which refreshes temporary keys itself. A
 * failure of any step names the profile, its mode and the step.
 */
public final class AliyunCliProfileProvider implements CredentialsProvider {

    private final AuthContext context;
    private final String profileFlag;
    private final OpenedOnFirstUse source;

    /** {@code profileFlag} is the {@code --profile} value, or null for the CLI's own choice. */
    public AliyunCliProfileProvider(AuthContext context, String profileFlag) {
        this.context = context;
        this.profileFlag = profileFlag;
        this.source = new OpenedOnFirstUse("aliyun CLI config " + AliyunConfigFile.defaultPath(context.home()),
                this::open);
    }

    @Override
    public Credentials get() {
        return source.get();
    }

    private CredentialsProvider open() {
        if (AliyunConfigFile.ignoredBy(context.env())) {
            throw new CredentialsNotFoundException("skipped because ALIBABA_CLOUD_IGNORE_PROFILE=TRUE");
        }
        AliyunConfigFile file = AliyunConfigFile.load(context.home());
        if (!file.exists()) {
            throw new CredentialsNotFoundException("file not found");
        }
        String name = file.selectedName(profileFlag, context.env());
        AliyunProfile profile = file.profile(name);
        if (profile == null) {
            if (profileFlag == null && file.profiles().isEmpty()) {
                throw new CredentialsNotFoundException("it has no profiles");
            }
            throw new CredentialsException("profile '" + name + "' not found in " + file.path()
                    + (file.profiles().isEmpty() ? " (it has no profiles)"
                    : " (profiles there: " + String.join(", ", file.names()) + ")"));
        }
        return new AliyunProfileSources(context, file).sourceOf(profile);
    }

    @Override
    public String describe() {
        return source.describe();
    }
}
