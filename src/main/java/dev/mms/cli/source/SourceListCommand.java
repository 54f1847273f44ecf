package dev.mms.cli.source;

import dev.mms.cli.completion.Candidates;
import dev.mms.cli.help.Example;
import dev.mms.api.DataSource;
import dev.mms.api.Page;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.options.OutputFlags;
import dev.mms.render.OutputFormat;
import dev.mms.render.PagingFooter;
import dev.mms.render.RenderOptions;
import dev.mms.render.ItemWriter;
import dev.mms.render.View;
import dev.mms.render.Views;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms source list}: ListMmsDataSources, so that a user can find the source id every job command needs. */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List data sources (Hive, BigQuery, MaxCompute) and their ids.")
@Example(does = "The data sources and their ids",
        run = "mms source list")
@Example(does = "Only the Hive sources, as JSON",
        run = "mms source list --type HIVE -o json")
public final class SourceListCommand implements Callable<Integer>, Candidates.ShowsColumns {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "Data sources whose name contains NAME, ignoring case (a substring match).")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Candidates.SourceTypes.class, description = "Data sources of this type: HIVE, BIGQUERY or MAXCOMPUTE (any case).")
    String type;

    @Mixin
    OutputFlags output;

    @Override
    public View<?> columnView() {
        return Views.sources();
    }

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        // Leaving out pageNum and pageSize asks for every data source (mms-api.md §2).
        try (ItemWriter<DataSource> writer = OutputFlags.open(Views.sources(), options, spec.commandLine().getOut())) {
            Page<DataSource> sources = root.session(spec).client().listDataSources(name, type, null, null);
            writer.writeAll(sources.items());
            if (!root.quiet() && sources.totalOrZero() > sources.items().size()) {
                spec.commandLine().getErr().println(PagingFooter.footer(sources.items().size(), sources.totalOrZero(),
                        1, 1, "source", "sources") + " (the server sent one page)");
            }
        }
        return ExitCodes.OK;
    }
}
