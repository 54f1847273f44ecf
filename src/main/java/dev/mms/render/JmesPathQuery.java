package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.burt.jmespath.parser.ParseError;
import io.burt.jmespath.parser.ParseException;

/** {@link Query} by io.burt's jmespath-jackson, which evaluates JMESPath on Jackson trees directly. */
final class JmesPathQuery implements Query {

    private final Expression<JsonNode> expression;

    private JmesPathQuery(Expression<JsonNode> expression) {
        this.expression = expression;
    }

    static Query compile(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--query needs a JMESPath expression, e.g. --query '[].name'");
        }
        try {
            return new JmesPathQuery(new JacksonRuntime().compile(text));
        } catch (ParseException e) {
            throw new IllegalArgumentException(describe(text, e), e);
        } catch (JmesPathException e) {
            throw new IllegalArgumentException("invalid --query '" + text + "': " + e.getMessage(), e);
        }
    }

    @Override
    public JsonNode apply(JsonNode document) {
        try {
            JsonNode result = expression.search(document);
            return result == null ? NullNode.getInstance() : result;
        } catch (JmesPathException e) {
            // e.g. a function given the wrong type of argument: found only on the data, so it is the query's fault
            throw new IllegalArgumentException("--query failed on the result: " + e.getMessage(), e);
        }
    }

    /** The first error, with a caret under the character it is at (positions count from 0). */
    private static String describe(String text, ParseException e) {
        for (ParseError error : e) {
            int at = Math.max(0, Math.min(error.position(), text.length()));
            return "invalid --query at character " + (at + 1) + ": " + error.message() + "\n  " + text + "\n  "
                    + " ".repeat(at) + "^";
        }
        return "invalid --query '" + text + "': " + e.getMessage();
    }
}
