package dev.mms.cli;

import dev.mms.emulator.EmulatorConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mms job list --all -o json | head -c 100}: once the reader of stdout has gone, mms stops at once, sends no
 * further request and prints nothing (issue 7). Stdout here is the real {@link StdoutStream} over a stream that fails
 * as a pipe does after its reader exits.
 */
class ClosedStdoutTest extends ScriptedServerCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml", "name", "csv", "tsv"})
    void aClosedPipeStopsPagingWithoutAWord(String format) {
        server.serveJobs(ListFixtures.jobs(2000));
        StringWriter err = new StringWriter();
        PipeAfter pipe = new PipeAfter(100);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new StdoutStream(pipe), StandardCharsets.UTF_8), true);
        CliEnvironment environment = new CliEnvironment(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET), home,
                new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), false, false);

        int code = Main.run(environment, out, new PrintWriter(err, true), "--endpoint", "http://" + server.endpoint(),
                "job", "list", "--source-id", "2000015", "--all", "-o", format);

        String what = "format " + format + ", exit " + code + ", stderr: " + err + ", requests: " + server.jobQueries();
        org.junit.jupiter.api.Assertions.assertEquals(ExitCodes.PIPE_CLOSED, code, what);
        org.junit.jupiter.api.Assertions.assertEquals("", err.toString(), what);
        org.junit.jupiter.api.Assertions.assertEquals(1, server.jobQueries().size(),
                "the first of 20 pages broke the pipe; no page after it is asked for: " + what);
    }

    /** Takes {@code limit} bytes, then fails every write like a pipe whose reader has exited (EPIPE). */
    private static final class PipeAfter extends OutputStream {
        private final int limit;
        private int taken;

        PipeAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (taken >= limit) {
                throw new IOException("Broken pipe");
            }
            taken += length;
        }
    }
}
