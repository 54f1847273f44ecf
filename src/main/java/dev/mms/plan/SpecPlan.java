package dev.mms.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mms.api.ApiException;
import java.util.List;

/**
 * What one spec would migrate: its scope resolved against the catalog, table by table, with totals and every
 * {@link PlanIssue}. A spec whose catalog could not be read has {@code error} set and no tables.
 *
 * @param spec  where the spec came from ({@code specs/a.yaml}, {@code specs/a.yaml#2})
 * @param scope the job type MMS infers from the spec: Tables, Partitions or Database
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"spec", "name", "sourceId", "srcDbName", "dstDbName", "scope", "ok", "tables", "totals", "issues",
        "error"})
public record SpecPlan(String spec, String name, Long sourceId, String srcDbName, String dstDbName, String scope,
                       List<TablePlan> tables, List<PlanIssue> issues, String error,
                       @JsonIgnore ApiException failure) {

    public SpecPlan {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
    }

    /** The sums over the tables; rows and size are null unless known for every table. */
    @JsonPropertyOrder({"tables", "selectedPartitions", "totalPartitions", "rows", "size"})
    public record Totals(int tables, int selectedPartitions, int totalPartitions, Long rows, Long size) {

        public static Totals of(List<TablePlan> tables) {
            List<TablePlan> selected = tables.stream().filter(TablePlan::selectsSomething).toList();
            return new Totals(selected.size(), tables.stream().mapToInt(TablePlan::selectedPartitions).sum(),
                    tables.stream().mapToInt(TablePlan::totalPartitions).sum(),
                    sum(selected.stream().map(TablePlan::rows).toList()),
                    sum(selected.stream().map(TablePlan::size).toList()));
        }

        /** Totals of many specs. */
        public static Totals ofAll(List<SpecPlan> plans) {
            return of(plans.stream().flatMap(p -> p.tables().stream()).toList());
        }

        private static Long sum(List<Long> values) {
            if (values.stream().anyMatch(java.util.Objects::isNull)) {
                return null;
            }
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A spec whose catalog (or jobs) could not be read. */
    public static SpecPlan failed(String spec, String name, Long sourceId, String srcDbName, String dstDbName,
                                  ApiException failure) {
        return new SpecPlan(spec, name, sourceId, srcDbName, dstDbName, null, List.of(), List.of(),
                failure.getMessage(), failure);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("totals")
    public Totals totals() {
        return Totals.of(tables);
    }

    /** Selects something and has no error: what exit code 0 requires of every spec. */
    @com.fasterxml.jackson.annotation.JsonProperty("ok")
    public boolean ok() {
        return failure == null && issues.stream().noneMatch(PlanIssue::isError)
                && tables.stream().anyMatch(TablePlan::selectsSomething);
    }

    @JsonIgnore
    public long errorCount() {
        return issues.stream().filter(PlanIssue::isError).count() + (failure == null ? 0 : 1);
    }

    @JsonIgnore
    public long warningCount() {
        return issues.stream().filter(i -> !i.isError()).count();
    }
}
