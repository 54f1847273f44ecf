package dev.mms.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The key that a profile's {@code process_command} prints (mode External, docs/credentials.md): the command is split
 * on white space and run without a shell; its stdout is JSON with {@code mode} (AK or StsToken),
 * {@code access_key_id}, {@code access_key_secret}, {@code sts_token} and an optional {@code expiration}. It runs for
 * at most a minute and never past the invocation's deadline. Its output is never shown: on failure only the exit
 * status and the last line of its stderr.
 */
final class ExternalCommand {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final AuthContext context;

    ExternalCommand(AuthContext context) {
        this.context = context;
    }

    Credentials run(String processCommand) {
        List<String> args = List.of(processCommand.trim().split("\\s+"));
        String step = "process_command " + args.get(0);
        Duration limit = context.deadline().cap(LIMIT);
        Process process;
        try {
            process = new ProcessBuilder(args).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
        } catch (IOException e) {
            throw new CredentialsException(step + " cannot be started: " + e.getMessage());
        }
        CompletableFuture<byte[]> stdout = drain(process.getInputStream());
        CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
        try {
            if (!process.waitFor(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new CredentialsException(step + " did not finish within " + limit.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CredentialsException(step + ": interrupted");
        }
        if (process.exitValue() != 0) {
            String last = new String(stderr.join()).strip().lines().reduce((a, b) -> b).orElse("");
            throw new CredentialsException(step + " failed with exit status " + process.exitValue()
                    + (last.isEmpty() ? "" : ": " + last));
        }
        JsonNode root = TemporaryKeyAnswer.parse(step + " output", new String(stdout.join()));
        String id = TemporaryKeyAnswer.text(root, "access_key_id");
        String secret = TemporaryKeyAnswer.text(root, "access_key_secret");
        String token = TemporaryKeyAnswer.text(root, "sts_token");
        String mode = TemporaryKeyAnswer.text(root, "mode");
        if (id == null || secret == null) {
            throw new CredentialsException(step + " printed no " + (id == null ? "access_key_id" : "access_key_secret"));
        }
        if ("StsToken".equals(mode) && token == null) {
            throw new CredentialsException(step + " printed mode StsToken but no sts_token");
        }
        String expiration = TemporaryKeyAnswer.text(root, "expiration");
        return new Credentials(id, secret, token,
                expiration == null ? null : TemporaryKeyAnswer.instant(step, expiration));
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                return out.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
