package dev.mms.spec;

/** A partition filter that does not parse: the reason, and the 0-based index of the offending character. */
public class PartitionFilterException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int position;
    private final String expression;

    public PartitionFilterException(String reason, int position, String expression) {
        super(reason + " (column " + (position + 1) + ")");
        this.reason = reason;
        this.position = position;
        this.expression = expression;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** 0-based index into the expression; equal to its length when the problem is at the end. */
    public int position() {
        return position;
    }

    public String expression() {
        return expression;
    }

    /**
     * Two lines: the expression line that holds the error, and a caret under the offending character, each
     * prefixed with {@code indent}.
     */
    public String caret(String indent) {
        int lineStart = expression.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = expression.indexOf('\n', lineStart);
        String line = expression.substring(lineStart, lineEnd < 0 ? expression.length() : lineEnd);
        StringBuilder pad = new StringBuilder();
        for (int i = lineStart; i < position; i++) {
            pad.append(expression.charAt(i) == '\t' ? '\t' : ' '); // keeps the caret aligned under tabs
        }
        return indent + line + "\n" + indent + pad + "^";
    }
}
