package dev.mms.spec;

/** One key of the job spec format: a JobSpec component with its documentation. */
public record SpecField(String name, FieldKind kind, boolean required, String description, String example) {
}
