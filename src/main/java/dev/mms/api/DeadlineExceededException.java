package dev.mms.api;

/**
 * The invocation's deadline ({@code --timeout}) came before the call could succeed: the message says what was still
 * pending and why. Never retried; the CLI exits 6 on it.
 */
public final class DeadlineExceededException extends ApiException {

    private static final long serialVersionUID = 1L;

    public DeadlineExceededException(String message, Throwable cause) {
        super(0, null, message, null, null);
        if (cause != null) {
            initCause(cause);
        }
    }

    @Override
    public Category category() {
        return Category.TIMED_OUT;
    }
}
