package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled {@code --query} expression (JMESPath, as the aws and aliyun CLIs use), applied to the whole JSON result
 * of a command: for a list, the one array of every object fetched. {@link #compile} checks the syntax before anything
 * is sent; the JMESPath library is only loaded then, never by a command without {@code --query}.
 */
public interface Query {

    /** The result of the expression on {@code document}; JSON null when nothing matches. */
    JsonNode apply(JsonNode document);

    /**
     * @throws IllegalArgumentException for an invalid expression, the message naming the character
     */
    static Query compile(String expression) {
        return JmesPathQuery.compile(expression);
    }
}
