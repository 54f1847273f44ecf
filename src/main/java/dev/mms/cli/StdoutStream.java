package dev.mms.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output without {@link java.io.PrintStream}'s habit of swallowing write errors: a write to a
 * pipe whose reader has gone (EPIPE) raises {@link StdoutClosedException}, which unwinds the command at once.
 */
final class StdoutStream extends OutputStream {

    private final OutputStream out;
    private volatile boolean closed;

    StdoutStream(OutputStream out) {
        this.out = out;
    }

    static StdoutStream ofProcess() {
        return new StdoutStream(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (closed) {
            throw new StdoutClosedException(null);
        }
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            closed = true;
            throw new StdoutClosedException(e);
        }
    }

    @Override
    public void flush() {
        if (closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            closed = true;
            throw new StdoutClosedException(e);
        }
    }

    boolean isClosed() {
        return closed;
    }
}
