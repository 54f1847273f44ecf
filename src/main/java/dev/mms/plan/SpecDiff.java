package dev.mms.plan;

import dev.mms.api.Job;
import dev.mms.api.JobSpec;
import dev.mms.spec.PartitionFilterException;
import dev.mms.spec.PartitionFilterParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares a spec with the job of its name, field by field, by what the fields mean to MMS rather than how they are
 * written (docs/plan.md, "Diff"): lists of tables and partition ids are sets; an absent list or map equals an empty
 * one; an absent boolean is false; a partition filter is compared in its parsed form, so spacing, keyword case and
 * quote style do not count; a text field the spec leaves out (a schema, the task type, eta) takes whatever the
 * service chose and is not compared. {@code enableSchemaMigration} and {@code enableDataMigration} cannot be compared:
 * a job's config does not echo them.
 */
public final class SpecDiff {

    private SpecDiff() {
    }

    /** The spec against the newest of the jobs of its name (none: missing). */
    public static JobDiff of(String origin, JobSpec spec, List<Job> sameName) {
        if (sameName == null || sameName.isEmpty()) {
            return new JobDiff(origin, spec.name(), spec.sourceId(), JobDiff.Status.MISSING, null, null, null,
                    List.of());
        }
        Job job = sameName.stream().max(Comparator.comparing(j -> j.id() == null ? Long.MIN_VALUE : j.id()))
                .orElseThrow();
        List<FieldDifference> differences = differences(spec, job);
        return new JobDiff(origin, spec.name(), spec.sourceId(),
                differences.isEmpty() ? JobDiff.Status.SAME : JobDiff.Status.DRIFTED, job.id(), job.status(),
                sameName.size() > 1 ? sameName.size() : null, differences);
    }

    /** Every field in which the job differs from what the spec asks for, in the spec format's key order. */
    public static List<FieldDifference> differences(JobSpec spec, Job job) {
        JobSpec live = JobSpecs.fromJob(job, spec.sourceId());
        List<FieldDifference> out = new ArrayList<>();
        text(out, "sourceName", spec.sourceName(), live.sourceName());
        text(out, "srcDbName", spec.srcDbName(), live.srcDbName());
        text(out, "srcSchemaName", spec.srcSchemaName(), live.srcSchemaName());
        text(out, "dstDbName", spec.dstDbName(), live.dstDbName());
        text(out, "dstSchemaName", spec.dstSchemaName(), live.dstSchemaName());
        text(out, "taskType", spec.taskType(), live.taskType());
        set(out, "tables", spec.tables(), live.tables());
        set(out, "partitions", spec.partitions(), live.partitions());
        set(out, "tableWhiteList", spec.tableWhiteList(), live.tableWhiteList());
        set(out, "tableBlackList", spec.tableBlackList(), live.tableBlackList());
        filters(out, spec.partitionFilters(), live.partitionFilters());
        map(out, "tableMapping", spec.tableMapping(), live.tableMapping());
        map(out, "columnMapping", spec.columnMapping(), live.columnMapping());
        bool(out, "schemaOnly", spec.schemaOnly(), live.schemaOnly());
        bool(out, "increment", spec.increment(), live.increment());
        bool(out, "enableVerification", spec.enableVerification(), live.enableVerification());
        map(out, "others", spec.others(), live.others());
        eta(out, spec.eta(), live.eta());
        return out;
    }

    private static void text(List<FieldDifference> out, String field, String spec, String job) {
        if (spec != null && !spec.isBlank() && !spec.equals(job)) {
            out.add(new FieldDifference(field, spec, job));
        }
    }

    private static void eta(List<FieldDifference> out, String spec, String job) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        String a = spec.trim();
        String b = job == null ? null : job.trim();
        // "2026-12-31" and "2026-12-31 00:00:00" are the same day
        boolean same = b != null && (a.equals(b) || (a.length() >= 10 && b.length() >= 10
                && a.substring(0, 10).equals(b.substring(0, 10))
                && (a.length() == 10 || b.length() == 10)));
        if (!same) {
            out.add(new FieldDifference("eta", spec, job));
        }
    }

    private static void bool(List<FieldDifference> out, String field, Boolean spec, Boolean job) {
        if (Boolean.TRUE.equals(spec) != Boolean.TRUE.equals(job)) {
            out.add(new FieldDifference(field, spec, job));
        }
    }

    private static <T extends Comparable<T>> void set(List<FieldDifference> out, String field, List<T> spec,
                                                      List<T> job) {
        TreeSet<T> a = new TreeSet<>(spec == null ? List.of() : spec.stream().filter(Objects::nonNull).toList());
        TreeSet<T> b = new TreeSet<>(job == null ? List.of() : job.stream().filter(Objects::nonNull).toList());
        if (!a.equals(b)) {
            out.add(new FieldDifference(field, spec, job));
        }
    }

    private static void filters(List<FieldDifference> out, Map<String, String> spec, Map<String, String> job) {
        Map<String, String> a = spec == null ? Map.of() : spec;
        Map<String, String> b = job == null ? Map.of() : job;
        for (String table : keys(a, b)) {
            String mine = a.get(table);
            String theirs = b.get(table);
            if (!Objects.equals(canonical(mine), canonical(theirs))) {
                out.add(new FieldDifference("partitionFilters." + table, mine, theirs));
            }
        }
    }

    /** The expression as the parser prints it back; text that does not parse is compared as written. */
    private static String canonical(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        try {
            return PartitionFilterParser.parse(expression).toExpression();
        } catch (PartitionFilterException e) {
            return expression.trim();
        }
    }

    private static void map(List<FieldDifference> out, String field, Map<String, ?> spec, Map<String, ?> job) {
        Map<String, ?> a = spec == null ? Map.of() : spec;
        Map<String, ?> b = job == null ? Map.of() : job;
        for (String key : keys(a, b)) {
            Object mine = a.get(key);
            Object theirs = b.get(key);
            // others: true and "true", 3 and "3" are the same setting once sent as JSON and read back
            if (!Objects.equals(mine == null ? null : String.valueOf(mine),
                    theirs == null ? null : String.valueOf(theirs))) {
                out.add(new FieldDifference(field + "." + key, mine, theirs));
            }
        }
    }

    private static List<String> keys(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return List.copyOf(all.keySet());
    }
}
