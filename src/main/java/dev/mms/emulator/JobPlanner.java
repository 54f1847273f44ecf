package dev.mms.emulator;

import dev.mms.spec.PartitionFilter;
import dev.mms.spec.PartitionFilterException;
import dev.mms.spec.PartitionFilterParser;
import dev.mms.spec.TypedPartitionFilter;

import dev.mms.api.JobSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a CreateMmsJob body into the job's scope and its tasks, against the catalog. The request has no {@code type}
 * field (mms-api.md §2), so the scope is inferred: a non-empty {@code tables} makes a Tables job (and {@code partitions}
 * is then ignored), else a non-empty {@code partitions} a Partitions job, else a Database job over the whole database
 * minus {@code tableBlackList}, or only {@code tableWhiteList} when no black list is given (the black list wins when
 * both are, as the docs say). One task per partition of a partitioned table (after its {@code partitionFilters}
 * entry, evaluated with the partition columns' types as {@code mms job plan} does), one per unpartitioned table. A
 * filter on an unpartitioned table is ignored. Anything the catalog cannot
 * satisfy (unknown database, table or partition id, a bad filter, an empty scope) is a {@link PlanException}, which
 * the emulator reports as a FAILED creation async task.
 */
final class JobPlanner {

    /** Why a spec cannot become a job; the message is what GetMmsAsyncTask shows as {@code errorMsg}. */
    static final class PlanException extends Exception {
        private static final long serialVersionUID = 1L;

        PlanException(String message) {
            super(message);
        }
    }

    /** The planned job: its scope type, source database id, and tasks in run order. */
    record Plan(String type, long dbId, List<StoredTask> tasks) {
    }

    private JobPlanner() {
    }

    static Plan plan(Catalog.Source source, JobSpec spec) throws PlanException {
        Catalog.Database db = source.database(spec.srcDbName()).orElseThrow(() -> new PlanException(
                "database " + spec.srcDbName() + " not found in data source " + source.name() + " (" + source.id()
                        + ")"));
        String type;
        List<StoredTask> tasks = new ArrayList<>();
        if (notEmpty(spec.tables())) {
            type = "Tables";
            for (String name : spec.tables()) {
                Catalog.Table table = db.table(name).orElseThrow(() -> new PlanException(
                        "table " + name + " not found in database " + db.name()));
                tasks.addAll(tasksOf(table, spec.partitionFilters()));
            }
        } else if (notEmpty(spec.partitions())) {
            type = "Partitions";
            for (Long id : spec.partitions()) {
                tasks.add(partitionTask(db, id));
            }
        } else {
            type = "Database";
            Set<String> black = new HashSet<>(orEmpty(spec.tableBlackList()));
            Set<String> white = new HashSet<>(orEmpty(spec.tableWhiteList()));
            boolean useWhite = black.isEmpty() && !white.isEmpty();
            for (String name : white) {
                if (useWhite && db.table(name).isEmpty()) {
                    throw new PlanException("table " + name + " of tableWhiteList not found in database " + db.name());
                }
            }
            for (Catalog.Table table : db.tablesOrEmpty()) {
                if (black.contains(table.name()) || (useWhite && !white.contains(table.name()))) {
                    continue;
                }
                tasks.addAll(tasksOf(table, spec.partitionFilters()));
            }
        }
        if (tasks.isEmpty()) {
            throw new PlanException("nothing to migrate: no table or partition of database " + db.name()
                    + " is in the job's scope" + (notEmpty(spec.partitionFilters()) ? " after partitionFilters" : ""));
        }
        return new Plan(type, db.id(), List.copyOf(tasks));
    }

    private static List<StoredTask> tasksOf(Catalog.Table table, Map<String, String> filters) throws PlanException {
        if (!table.isPartitioned()) {
            return List.of(StoredTask.of(table, null));
        }
        String expression = filters == null ? null : filters.get(table.name());
        TypedPartitionFilter filter = null;
        if (expression != null && !expression.isBlank()) {
            PartitionFilter parsed;
            try {
                parsed = PartitionFilterParser.parse(expression);
            } catch (PartitionFilterException e) {
                throw new PlanException("invalid partitionFilters for table " + table.name() + ": " + e.getMessage());
            }
            Map<String, String> types = new LinkedHashMap<>();
            table.partitionColumns().forEach(c -> types.put(c.name(), c.type()));
            filter = new TypedPartitionFilter(parsed, types);
            if (!filter.unknownColumns().isEmpty()) {
                throw new PlanException("invalid partitionFilters for table " + table.name()
                        + ": unknown partition column '" + filter.unknownColumns().iterator().next()
                        + "'; the table is partitioned by " + String.join(", ", types.keySet()));
            }
            if (!filter.typeErrors().isEmpty()) {
                throw new PlanException("invalid partitionFilters for table " + table.name() + ": "
                        + filter.typeErrors().get(0));
            }
        }
        List<StoredTask> tasks = new ArrayList<>();
        for (Catalog.Partition p : table.partitionsOrEmpty()) {
            if (filter == null || filter.matches(p.values())) {
                tasks.add(StoredTask.of(table, p));
            }
        }
        return tasks;
    }

    private static StoredTask partitionTask(Catalog.Database db, Long id) throws PlanException {
        for (Catalog.Table table : db.tablesOrEmpty()) {
            for (Catalog.Partition p : table.partitionsOrEmpty()) {
                if (id != null && p.id() == id) {
                    return StoredTask.of(table, p);
                }
            }
        }
        throw new PlanException("partition " + id + " not found in database " + db.name());
    }

    private static boolean notEmpty(java.util.Collection<?> c) {
        return c != null && !c.isEmpty();
    }

    private static boolean notEmpty(Map<?, ?> m) {
        return m != null && !m.isEmpty();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
