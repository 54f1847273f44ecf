package dev.mms.cli.completion;

import dev.mms.render.Column;
import dev.mms.render.View;
import dev.mms.render.Views;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values an option or parameter completes to, for {@code completionCandidates = ...}. Fixed lists give their words
 * (and picocli's ${COMPLETION-CANDIDATES}); the markers for values only the shell can know at completion time (files,
 * profile names) give none, and {@link CompletionModel} turns them into the shell's own completion.
 */
public final class Candidates {

    private Candidates() {
    }

    /** Spec files: directories and *.yaml, *.yml, *.json files. */
    public static final class SpecFiles extends None {
    }

    /** Profile names of $XDG_CONFIG_HOME/mms/config.yaml and ~/.aliyun/config.json, and the built-in local. */
    public static final class Profiles extends None {
    }

    /** Names of the commands below mms, one level per word (for mms help). */
    public static final class Commands extends None {
    }

    /**
     * Column names of --columns, in the form that needs no quoting (src-db for "SRC DB"): those of the command's
     * view when it names one ({@link ShowsColumns}), else of every view.
     */
    public static final class Columns implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            Set<String> names = new LinkedHashSet<>();
            Views.all().forEach(view -> names.addAll(names(view)));
            return names.iterator();
        }

        public static List<String> names(View<?> view) {
            return view.columns(true).stream().map(Column::header)
                    .map(header -> header.toLowerCase(Locale.ROOT).replace(' ', '-')).toList();
        }
    }

    /** Task types of a job (taskType). */
    public static final class TaskTypes extends Words {
        public TaskTypes() {
            super("HIVE", "BIGQUERY");
        }
    }

    /** Data source types. */
    public static final class SourceTypes extends Words {
        public SourceTypes() {
            super("HIVE", "BIGQUERY", "MAXCOMPUTE");
        }
    }

    /** The orders of job list --sort. */
    public static final class JobSortOrders extends Words {
        public JobSortOrders() {
            super("status:asc", "status:desc");
        }
    }

    /** A command that prints rows of one view, so that --columns completes that view's column names. */
    public interface ShowsColumns {
        View<?> columnView();
    }

    /** A fixed list of words. */
    public abstract static class Words implements Iterable<String> {
        private final List<String> words;

        protected Words(String... words) {
            this.words = List.of(words);
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator();
        }
    }

    /** A marker: no words of its own. */
    abstract static class None implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.<String>of().iterator();
        }
    }
}
