package dev.mms.cli;

import dev.mms.api.ClientSettings;
import dev.mms.api.HttpMmsClient;
import dev.mms.api.MmsClient;
import dev.mms.api.RetryPolicy;
import dev.mms.config.ContextResolver;
import dev.mms.config.RequestSettings;
import dev.mms.config.ResolvedContext;
import java.io.PrintWriter;

/**
 * The resolved profile and the one API client of a command line. The client is built on first use, so commands that
 * send nothing (--dry-run, validate) never touch the network or start the local emulator.
 */
public final class Session {

    private final MmsCommand root;
    private final PrintWriter err;
    private final ResolvedContext context;
    private HttpMmsClient client;
    private volatile java.util.function.Consumer<String> noticeSink;

    private Session(MmsCommand root, PrintWriter err, ResolvedContext context) {
        this.root = root;
        this.err = err;
        this.context = context;
    }

    static Session open(MmsCommand root, PrintWriter err) {
        CliEnvironment environment = root.environment();
        ResolvedContext context = new ContextResolver(environment.home()).resolve(root.overrides(),
                environment.env(), environment.clock(), root::deadline);
        return new Session(root, err, context);
    }

    public ResolvedContext context() {
        return context;
    }

    /** The data source id: the given one (from a spec), else --source-id, MMS_SOURCE_ID or the profile's. */
    public long sourceId(Long fromSpec) {
        Long id = root.sourceId() != null ? root.sourceId() : fromSpec != null ? fromSpec : context.sourceId();
        if (id == null) {
            throw new UsageException("no data source id: give --source-id ID, set sourceId in the spec or the profile "
                    + "(mms source list shows your data sources)");
        }
        return id;
    }

    /**
     * The client every command of this invocation uses: bounded by the invocation's one deadline (--timeout), with
     * the configured per-request timeout and attempts, retry waits through the environment's sleeper.
     */
    public synchronized MmsClient client() {
        return httpClient();
    }

    /**
     * The same client, making one attempt per call: for a loop that polls anyway, so that a failed poll is retried by
     * the next poll instead of by retries nested inside it. Same connections and deadline.
     */
    public synchronized MmsClient singleAttemptClient() {
        return httpClient().withRetries(RetryPolicy.none());
    }

    private HttpMmsClient httpClient() {
        if (client == null) {
            if (context.isLocal() && ContextResolver.LOCAL.equals(context.profileName())) {
                LocalEmulator.ensureRunning(context.endpoint(), root.environment(), root.deadline(),
                        root.quiet() ? null : err);
            }
            RequestSettings requests = context.requests();
            RetryPolicy retry = RetryPolicy.defaults(requests.attempts(), root.environment().sleeper(),
                    root.quiet() ? null : this::notice);
            ClientSettings settings = new ClientSettings(context.endpoint(), requests.requestTimeout(), null, retry,
                    root.deadline(), root.verbose() ? this::trace : null, null);
            client = new HttpMmsClient(settings, context.credentials());
        }
        return client;
    }

    /**
     * Sends the client's notices (retries) to {@code sink} instead of straight to stderr, until the handle is closed:
     * a live view that owns stderr shows them as its own line instead of being torn by them.
     */
    public Routed routeNotices(java.util.function.Consumer<String> sink) {
        noticeSink = sink;
        return () -> noticeSink = null;
    }

    /** A handle that puts the notices back on stderr. */
    @FunctionalInterface
    public interface Routed extends AutoCloseable {
        @Override
        void close();
    }

    private void notice(String text) {
        java.util.function.Consumer<String> sink = noticeSink;
        if (sink != null) {
            sink.accept(text);
            return;
        }
        synchronized (err) {
            err.println("mms: " + text);
            err.flush();
        }
    }

    private void trace(String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
