package dev.mms.spec;

import java.util.List;

/** A YAML/JSON value with the place it was written, so every diagnostic can point at a key or value. */
sealed interface SpecNode {

    Location location();

    /** What a user would call this value in an error message: "a list", "the string \"yes\"", … */
    String describe();

    /** A mapping; entries keep file order and duplicates, which the binder reports. */
    record MapNode(Location location, List<Entry> entries) implements SpecNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Entry(String key, Location keyLocation, SpecNode value) {
    }

    record ListNode(Location location, List<SpecNode> items) implements SpecNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is exactly as written (so {@code 007} stays "007"), {@code value} is its typed form. */
    record ScalarNode(Location location, ScalarType type, String text, Object value) implements SpecNode {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "the string \"" + text + "\"";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> text;
                case NULL -> "null (no value)";
                case INVALID -> "an unsupported value";
            };
        }
    }

    /** INVALID: a value the reader already reported (an alias, a tag), so nothing else reports it again. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL, INVALID }
}
