package dev.mms.spec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/** The value shapes a JobSpec field can have, derived from the record component's Java type. */
public enum FieldKind {
    INTEGER("an integer"),
    STRING("a string"),
    BOOLEAN("true or false"),
    STRING_LIST("a list of strings"),
    ID_LIST("a list of integers"),
    STRING_MAP("a mapping of strings to strings"),
    ANY_MAP("a mapping");

    private final String expected;

    FieldKind(String expected) {
        this.expected = expected;
    }

    /** How error messages name what was expected, e.g. "a list of strings". */
    public String expected() {
        return expected;
    }

    /** The kind for a JobSpec component type; anything new in JobSpec must be mapped here before it can be read. */
    static FieldKind of(Type type) {
        if (type == Long.class) {
            return INTEGER;
        }
        if (type == String.class) {
            return STRING;
        }
        if (type == Boolean.class) {
            return BOOLEAN;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (raw == List.class && args[0] == String.class) {
                return STRING_LIST;
            }
            if (raw == List.class && args[0] == Long.class) {
                return ID_LIST;
            }
            if (raw == Map.class && args[0] == String.class && args[1] == String.class) {
                return STRING_MAP;
            }
            if (raw == Map.class && args[0] == String.class && args[1] == Object.class) {
                return ANY_MAP;
            }
        }
        throw new IllegalStateException("JobSpec component type not supported by the spec reader: " + type);
    }
}
