package dev.mms.plan;

import dev.mms.api.Job;
import dev.mms.api.JobSpec;
import dev.mms.plan.PlanIssue.Kind;
import dev.mms.spec.FieldPaths;
import dev.mms.spec.KeySuggester;
import dev.mms.spec.PartitionFilterException;
import dev.mms.spec.PartitionFilterParser;
import dev.mms.spec.TypedPartitionFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves one spec's scope against the catalog, the way MMS will (docs/plan.md): a non-empty {@code tables} is a
 * Tables job, else a non-empty {@code partitions} a Partitions job (ids looked up in the database), else a Database
 * job over every table minus {@code tableBlackList}, or only {@code tableWhiteList} when no black list is given (the
 * black list wins when both are). Each partitioned table's {@code partitionFilters} entry is evaluated against its
 * partitions' values with the partition columns' types; {@code tableMapping} and {@code columnMapping} give the
 * destination names. Everything a user should know before paying for the migration becomes a {@link PlanIssue}.
 */
public final class ScopeResolver {

    private final SourceCatalog catalog;

    public ScopeResolver(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param origin   where the spec came from, for the plan's {@code spec} field
     * @param sameName the jobs on the spec's source that have its name (their DONE ones count as migrated)
     */
    public SpecPlan plan(String origin, JobSpec spec, List<Job> sameName) {
        List<PlanIssue> issues = new ArrayList<>();
        Resolution resolution = resolve(spec, issues);
        List<TablePlan> tables = resolution.tables();
        if (resolution.databaseFound() && tables.stream().noneMatch(TablePlan::selectsSomething)) {
            issues.add(PlanIssue.error(Kind.NOTHING_SELECTED, null, null, "the spec selects nothing to migrate: no "
                    + "table and no partition of database " + spec.srcDbName() + " is in its scope"));
        }
        alreadyMigrated(spec, tables, sameName, issues);
        return new SpecPlan(origin, spec.name(), spec.sourceId(), spec.srcDbName(), spec.dstDbName(),
                resolution.scope(), tables, issues, null, null);
    }

    /** The scope type MMS infers from which lists are given (the request has no type field). */
    public static String scopeOf(JobSpec spec) {
        if (spec.tables() != null && !spec.tables().isEmpty()) {
            return "Tables";
        }
        if (spec.partitions() != null && !spec.partitions().isEmpty()) {
            return "Partitions";
        }
        return "Database";
    }

    private record Resolution(String scope, boolean databaseFound, List<TablePlan> tables) {
    }

    /** A selected table and, for a Partitions job, the partitions its ids chose. */
    private record Chosen(CatalogTable table, List<CatalogPartition> byId) {
    }

    private Resolution resolve(JobSpec spec, List<PlanIssue> issues) {
        String scope = scopeOf(spec);
        long source = spec.sourceId();
        String db = spec.srcDbName();
        if (!catalog.hasDatabase(source, db)) {
            issues.add(PlanIssue.error(Kind.DATABASE_NOT_FOUND, null, "srcDbName", "database " + db
                    + " is not in the catalog of data source " + source + " (mms db list shows its databases)"));
            return new Resolution(scope, false, List.of());
        }
        Map<String, CatalogTable> byName = new LinkedHashMap<>();
        catalog.tables(source, db).forEach(t -> byName.putIfAbsent(t.name(), t));
        List<Chosen> chosen = switch (scope) {
            case "Tables" -> listedTables(spec, byName, issues);
            case "Partitions" -> listedPartitions(spec, byName, issues);
            default -> wholeDatabase(spec, byName, issues);
        };
        Set<String> inScope = new HashSet<>();
        chosen.forEach(c -> inScope.add(c.table().name()));
        if (spec.partitionFilters() != null && !scope.equals("Partitions")) {
            spec.partitionFilters().keySet().stream().filter(t -> !inScope.contains(t)).forEach(t -> issues.add(
                    PlanIssue.warning(Kind.FILTER_SELECTS_NOTHING, t, FieldPaths.key("partitionFilters", t),
                            "the partition filter of table " + t + " applies to nothing: " + t
                                    + (byName.containsKey(t) ? " is not in the job's scope" : " is not in database "
                                    + db))));
        }
        List<TablePlan> tables = new ArrayList<>();
        for (Chosen c : chosen) {
            tables.add(tablePlan(spec, c, issues));
        }
        mappings(spec, chosen, inScope, issues);
        return new Resolution(scope, true, tables);
    }

    private List<Chosen> listedTables(JobSpec spec, Map<String, CatalogTable> byName, List<PlanIssue> issues) {
        List<Chosen> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.tables().size(); i++) {
            String name = spec.tables().get(i);
            CatalogTable table = byName.get(name);
            if (table == null) {
                issues.add(notFound(name, FieldPaths.item("tables", i), spec.srcDbName(), "tables", byName));
            } else if (seen.add(name)) {
                chosen.add(new Chosen(table, null));
            }
        }
        return chosen;
    }

    private List<Chosen> listedPartitions(JobSpec spec, Map<String, CatalogTable> byName, List<PlanIssue> issues) {
        Map<Long, CatalogPartition> byId = new HashMap<>();
        for (CatalogTable table : byName.values()) {
            if (table.isPartitioned()) {
                catalog.partitions(spec.sourceId(), spec.srcDbName(), table.name())
                        .forEach(p -> byId.putIfAbsent(p.id(), p));
            }
        }
        Map<String, List<CatalogPartition>> perTable = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < spec.partitions().size(); i++) {
            Long id = spec.partitions().get(i);
            CatalogPartition partition = id == null ? null : byId.get(id);
            if (partition == null) {
                issues.add(PlanIssue.warning(Kind.PARTITION_NOT_FOUND, null, FieldPaths.item("partitions", i),
                        "partition " + id + " is not in database " + spec.srcDbName()));
            } else if (seen.add(id)) {
                perTable.computeIfAbsent(partition.table(), t -> new ArrayList<>()).add(partition);
            }
        }
        List<Chosen> chosen = new ArrayList<>();
        for (CatalogTable table : byName.values()) { // catalog order, as the partitions' tables are listed
            List<CatalogPartition> partitions = perTable.get(table.name());
            if (partitions != null) {
                chosen.add(new Chosen(table, partitions));
            }
        }
        return chosen;
    }

    private List<Chosen> wholeDatabase(JobSpec spec, Map<String, CatalogTable> byName, List<PlanIssue> issues) {
        List<String> black = orEmpty(spec.tableBlackList());
        List<String> white = orEmpty(spec.tableWhiteList());
        boolean useWhite = black.isEmpty() && !white.isEmpty();
        for (int i = 0; i < black.size(); i++) {
            if (!byName.containsKey(black.get(i))) {
                issues.add(notFound(black.get(i), FieldPaths.item("tableBlackList", i), spec.srcDbName(),
                        "tableBlackList", byName));
            }
        }
        if (useWhite) {
            for (int i = 0; i < white.size(); i++) {
                if (!byName.containsKey(white.get(i))) {
                    issues.add(notFound(white.get(i), FieldPaths.item("tableWhiteList", i), spec.srcDbName(),
                            "tableWhiteList", byName));
                }
            }
        }
        List<Chosen> chosen = new ArrayList<>();
        for (CatalogTable table : byName.values()) {
            if (!black.contains(table.name()) && (!useWhite || white.contains(table.name()))) {
                chosen.add(new Chosen(table, null));
            }
        }
        if (!black.isEmpty() && !white.isEmpty()) {
            List<String> extra = chosen.stream().map(c -> c.table().name()).filter(t -> !white.contains(t)).toList();
            issues.add(PlanIssue.warning(Kind.WHITE_LIST_IGNORED, null, "tableWhiteList", "tableBlackList overrides "
                    + "tableWhiteList: the white list is ignored and every table not in the black list is migrated"
                    + (extra.isEmpty() ? "" : ", " + extra.size() + " more than the white list names ("
                    + preview(extra) + ")")));
        }
        return chosen;
    }

    private static PlanIssue notFound(String name, String key, String db, String list, Map<String, ?> byName) {
        String effect = list.equals("tableBlackList") ? "; it excludes nothing" : "; it is not migrated";
        return PlanIssue.warning(Kind.TABLE_NOT_FOUND, name, key, "table " + name + " of " + list
                + " does not exist in database " + db + effect + nearest(name, byName.keySet()));
    }

    private static String nearest(String name, Set<String> names) {
        return new KeySuggester(List.copyOf(names)).suggest(name).map(n -> " (did you mean " + n + "?)").orElse("");
    }

    private TablePlan tablePlan(JobSpec spec, Chosen chosen, List<PlanIssue> issues) {
        CatalogTable table = chosen.table();
        String destination = mapped(spec.tableMapping(), table.name());
        Map<String, String> renames = columnRenames(spec.columnMapping(), table);
        String expression = spec.partitionFilters() == null ? null : spec.partitionFilters().get(table.name());
        boolean filtered = expression != null && !expression.isBlank() && chosen.byId() == null;
        String key = FieldPaths.key("partitionFilters", table.name());
        if (!table.isPartitioned()) {
            if (filtered) {
                issues.add(PlanIssue.warning(Kind.FILTER_ON_UNPARTITIONED_COLUMN, table.name(), key, "table "
                        + table.name() + " has no partitions, so its partition filter is ignored and the whole "
                        + "table is migrated"));
            }
            return new TablePlan(table.name(), destination, false, 0, 0, table.numRows(), table.size(), List.of(),
                    List.of(), renames);
        }
        List<CatalogPartition> all = catalog.partitions(spec.sourceId(), spec.srcDbName(), table.name());
        List<CatalogPartition> selected = chosen.byId() != null ? chosen.byId() : all;
        if (filtered) {
            selected = filter(table, expression, all, key, issues);
        }
        return new TablePlan(table.name(), destination, true, selected.size(), all.size(),
                sum(selected.stream().map(CatalogPartition::numRows).toList()),
                sum(selected.stream().map(CatalogPartition::size).toList()),
                selected.stream().map(CatalogPartition::value).toList(),
                selected.stream().map(CatalogPartition::id).toList(), renames);
    }

    /**
     * The partition columns and their types; when the catalog's schema leaves them out, the names the partitions'
     * values use, typed as text.
     */
    private static Map<String, String> columnTypes(CatalogTable table, List<CatalogPartition> partitions) {
        Map<String, String> types = table.partitionColumnTypes();
        if (types.isEmpty() && !partitions.isEmpty()) {
            partitions.get(0).values().keySet().forEach(c -> types.put(c, "string"));
        }
        return types;
    }

    private static List<CatalogPartition> filter(CatalogTable table, String expression, List<CatalogPartition> all,
                                                 String key, List<PlanIssue> issues) {
        Map<String, String> types = columnTypes(table, all);
        TypedPartitionFilter filter;
        try {
            filter = new TypedPartitionFilter(PartitionFilterParser.parse(expression), types);
        } catch (PartitionFilterException e) {
            issues.add(PlanIssue.error(Kind.FILTER_TYPE_MISMATCH, table.name(), key, "the partition filter of table "
                    + table.name() + " does not parse: " + e.getMessage()));
            return List.of();
        }
        Set<String> unknown = filter.unknownColumns();
        if (!unknown.isEmpty()) {
            issues.add(PlanIssue.warning(Kind.FILTER_ON_UNPARTITIONED_COLUMN, table.name(), key, "the partition "
                    + "filter of table " + table.name() + " names " + (unknown.size() == 1 ? "column " : "columns ")
                    + String.join(", ", unknown) + ", but the table is partitioned by "
                    + String.join(", ", types.keySet()) + "; no partition has "
                    + (unknown.size() == 1 ? "it" : "them")));
        }
        List<String> typeErrors = filter.typeErrors();
        typeErrors.forEach(message -> issues.add(PlanIssue.error(Kind.FILTER_TYPE_MISMATCH, table.name(), key,
                "partition filter of table " + table.name() + ": " + message)));
        if (!typeErrors.isEmpty()) {
            return List.of();
        }
        List<CatalogPartition> selected = all.stream().filter(p -> filter.matches(p.values())).toList();
        if (selected.isEmpty()) {
            issues.add(PlanIssue.warning(Kind.FILTER_SELECTS_NOTHING, table.name(), key, "the partition filter of "
                    + "table " + table.name() + " selects none of its " + all.size() + " partitions"
                    + (all.isEmpty() ? "" : " (" + range(all) + ")")));
        }
        return selected;
    }

    /** "ds=2024-06-01/region=cn … ds=2024-06-03/region=eu": what there is, so the user can fix the filter. */
    private static String range(List<CatalogPartition> all) {
        return all.size() == 1 ? all.get(0).value() : all.get(0).value() + " … " + all.get(all.size() - 1).value();
    }

    private static Map<String, String> columnRenames(Map<String, String> mapping, CatalogTable table) {
        Map<String, String> renames = new LinkedHashMap<>();
        if (mapping == null) {
            return renames;
        }
        Set<String> columns = new LinkedHashSet<>(table.columns());
        columns.addAll(table.partitionColumnTypes().keySet());
        for (String column : columns) {
            if (mapping.containsKey(column)) {
                renames.put(column, mapping.get(column));
            }
        }
        return renames;
    }

    private void mappings(JobSpec spec, List<Chosen> chosen, Set<String> inScope, List<PlanIssue> issues) {
        Map<String, String> tableMapping = spec.tableMapping() == null ? Map.of() : spec.tableMapping();
        Map<String, List<String>> byDestination = new LinkedHashMap<>();
        for (Chosen c : chosen) {
            byDestination.computeIfAbsent(mapped(tableMapping, c.table().name()), d -> new ArrayList<>())
                    .add(c.table().name());
        }
        byDestination.forEach((destination, sources) -> {
            if (sources.size() > 1) {
                String mappedOne = sources.stream().filter(tableMapping::containsKey).findFirst().orElse(sources.get(0));
                issues.add(PlanIssue.warning(Kind.DUPLICATE_DESTINATION, mappedOne,
                        FieldPaths.key("tableMapping", mappedOne), "tables " + String.join(" and ", sources)
                                + " would both be migrated to " + spec.dstDbName() + "." + destination));
            }
        });
        tableMapping.keySet().stream().filter(t -> !inScope.contains(t)).forEach(t -> issues.add(PlanIssue.warning(
                Kind.MAPPING_UNUSED, t, FieldPaths.key("tableMapping", t),
                "tableMapping names table " + t + ", which is not in the job's scope")));
        Map<String, String> columnMapping = spec.columnMapping();
        if (columnMapping == null || columnMapping.isEmpty()) {
            return;
        }
        boolean schemasKnown = chosen.stream().anyMatch(c -> !c.table().columns().isEmpty());
        Set<String> used = new HashSet<>();
        for (Chosen c : chosen) {
            Map<String, List<String>> targets = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>(c.table().columns());
            columns.addAll(c.table().partitionColumnTypes().keySet());
            for (String column : columns) {
                if (columnMapping.containsKey(column)) {
                    used.add(column);
                }
                targets.computeIfAbsent(mapped(columnMapping, column), d -> new ArrayList<>()).add(column);
            }
            targets.forEach((target, sources) -> {
                if (sources.size() > 1) {
                    String mappedOne = sources.stream().filter(columnMapping::containsKey).findFirst()
                            .orElse(sources.get(0));
                    issues.add(PlanIssue.warning(Kind.DUPLICATE_DESTINATION, c.table().name(),
                            FieldPaths.key("columnMapping", mappedOne), "columns " + String.join(" and ", sources)
                                    + " of table " + c.table().name() + " would both become column " + target));
                }
            });
        }
        if (schemasKnown) {
            columnMapping.keySet().stream().filter(col -> !used.contains(col)).forEach(col -> issues.add(
                    PlanIssue.warning(Kind.MAPPING_UNUSED, null, FieldPaths.key("columnMapping", col),
                            "columnMapping names column " + col + ", which no table in the job's scope has")));
        }
    }

    /**
     * Partitions (and whole tables) this spec selects that a DONE job of the same name already migrated: the DONE
     * job's own scope, resolved against the same catalog, intersected with this plan.
     */
    private void alreadyMigrated(JobSpec spec, List<TablePlan> tables, List<Job> sameName, List<PlanIssue> issues) {
        for (Job job : sameName == null ? List.<Job>of() : sameName) {
            if (!"DONE".equals(job.status()) || job.srcDbName() == null) {
                continue;
            }
            Map<String, TablePlan> done = new HashMap<>();
            resolve(JobSpecs.fromJob(job, spec.sourceId()), new ArrayList<>()).tables()
                    .forEach(t -> done.put(t.table(), t));
            for (TablePlan table : tables) {
                TablePlan previous = done.get(table.table());
                if (previous == null || !table.selectsSomething()) {
                    continue;
                }
                if (!table.partitioned()) {
                    issues.add(PlanIssue.warning(Kind.ALREADY_MIGRATED, table.table(), "name", "table "
                            + table.table() + " was already migrated by DONE job " + job.id() + " '" + job.name()
                            + "'"));
                    continue;
                }
                Set<Long> before = new HashSet<>(previous.partitionIds());
                long overlap = table.partitionIds().stream().filter(before::contains).count();
                if (overlap > 0) {
                    issues.add(PlanIssue.warning(Kind.ALREADY_MIGRATED, table.table(), "name", overlap + " of the "
                            + table.selectedPartitions() + " selected partitions of " + table.table()
                            + " were already migrated by DONE job " + job.id() + " '" + job.name() + "'"));
                }
            }
        }
    }

    private static String mapped(Map<String, String> mapping, String name) {
        if (mapping == null) {
            return name;
        }
        String target = mapping.get(name);
        return target == null || target.isBlank() ? name : target;
    }

    private static Long sum(List<Long> values) {
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            return null;
        }
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static String preview(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
