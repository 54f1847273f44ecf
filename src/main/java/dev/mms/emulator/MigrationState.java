package dev.mms.emulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the migration of each table and partition of a data source has come, derived from the jobs' tasks: the
 * newest job with a task for an object decides its status (INIT before any job or while its task waits, DOING while
 * its task runs, DONE, FAILED). A partitioned table, a database and a data source aggregate their parts: DONE when every part is
 * done, DOING while any part is, PART_DONE when some are done and others are not, FAILED when some failed and none
 * is done, INIT when nothing has started (the statuses of ListMmsDbs/ListMmsTables, docs/api-notes.md).
 */
final class MigrationState {

    /** Counts of a set of objects by status, for the {@code tablesDoing…partitionsFailed} fields. */
    record Counts(int total, int doing, int done, int failed, int partDone) {
    }

    private final Map<String, String> byObject = new HashMap<>();

    /** Records the jobs of one source, oldest first, so that the newest job's task wins. */
    static MigrationState of(List<JobListQuery.Row> jobsOldestFirst) {
        MigrationState state = new MigrationState();
        for (JobListQuery.Row row : jobsOldestFirst) {
            List<StoredTask> tasks = row.job().tasks();
            for (int i = 0; i < tasks.size(); i++) {
                StoredTask t = tasks.get(i);
                state.byObject.put(key(row.job().spec().srcDbName(), t.tableName(), t.partition()),
                        objectStatus(row.progress().taskStatuses().get(i)));
            }
        }
        return state;
    }

    /** The status of an unpartitioned table or of one partition. */
    String status(String db, String table, String partition) {
        return byObject.getOrDefault(key(db, table, partition), "INIT");
    }

    /** The status of a table: its own for an unpartitioned table, else the aggregate of its partitions. */
    String tableStatus(String db, Catalog.Table table) {
        if (!table.isPartitioned()) {
            return status(db, table.name(), null);
        }
        return aggregate(table.partitionsOrEmpty().stream().map(p -> status(db, table.name(), p.value())).toList());
    }

    String databaseStatus(Catalog.Database db) {
        return aggregate(db.tablesOrEmpty().stream().map(t -> tableStatus(db.name(), t)).toList());
    }

    String sourceStatus(Catalog.Source source) {
        return aggregate(source.databases() == null ? List.of()
                : source.databases().stream().map(this::databaseStatus).toList());
    }

    Counts tables(List<Catalog.Database> dbs) {
        return count(dbs.stream().flatMap(d -> d.tablesOrEmpty().stream().map(t -> tableStatus(d.name(), t)))
                .toList());
    }

    Counts partitions(List<Catalog.Database> dbs) {
        return count(dbs.stream().flatMap(d -> d.tablesOrEmpty().stream().flatMap(t -> t.partitionsOrEmpty()
                .stream().map(p -> status(d.name(), t.name(), p.value())))).toList());
    }

    Counts partitions(String db, Catalog.Table table) {
        return count(table.partitionsOrEmpty().stream().map(p -> status(db, table.name(), p.value())).toList());
    }

    private static Counts count(List<String> statuses) {
        int doing = 0;
        int done = 0;
        int failed = 0;
        int partDone = 0;
        for (String s : statuses) {
            switch (s) {
                case "DOING" -> doing++;
                case "DONE" -> done++;
                case "FAILED" -> failed++;
                case "PART_DONE" -> partDone++;
                default -> { }
            }
        }
        return new Counts(statuses.size(), doing, done, failed, partDone);
    }

    static String aggregate(List<String> parts) {
        if (parts.isEmpty()) {
            return "INIT";
        }
        boolean allDone = parts.stream().allMatch("DONE"::equals);
        boolean anyDoing = parts.stream().anyMatch("DOING"::equals);
        boolean anyDone = parts.stream().anyMatch(s -> s.equals("DONE") || s.equals("PART_DONE"));
        boolean anyFailed = parts.stream().anyMatch("FAILED"::equals);
        if (allDone) {
            return "DONE";
        }
        if (anyDoing) {
            return "DOING";
        }
        if (anyDone) {
            return "PART_DONE";
        }
        return anyFailed ? "FAILED" : "INIT";
    }

    /** A task status (mms-api.md §2) as the status of the object it migrates. */
    private static String objectStatus(String taskStatus) {
        if (taskStatus.equals("DONE") || taskStatus.equals("INIT")) {
            return taskStatus;
        }
        return taskStatus.endsWith("_FAILED") ? "FAILED" : "DOING";
    }

    private static String key(String db, String table, String partition) {
        return db + "\u0000" + table + "\u0000" + (partition == null ? "" : partition);
    }
}
