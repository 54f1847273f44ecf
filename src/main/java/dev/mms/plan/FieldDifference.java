package dev.mms.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One field in which a spec and the job of its name differ: {@code spec} is what the spec asks for, {@code job} what
 * the job's config holds (null: not set). A map entry is its own field, {@code partitionFilters.orders}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"field", "spec", "job"})
public record FieldDifference(String field, Object spec, Object job) {
}
