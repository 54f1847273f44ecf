package dev.mms.cli.source;

import dev.mms.api.DataSource;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.options.OutputFlags;
import dev.mms.render.RenderOptions;
import dev.mms.render.OutputFormat;
import dev.mms.render.SourceDetail;
import dev.mms.render.Views;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mms source get}: GetMmsDataSource with its config items. For people a description with the migration counts;
 * {@code -o json|yaml} the server's object unchanged; wide, csv, tsv and name the row of {@code source list}.
 */
@Command(name = "get", aliases = "describe", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show a data source: its status, migration counts and config items.")
@Example(does = "A source with its migration counts and config items",
        run = "mms source get 2000015")
@Example(does = "The server's object, for scripts",
        run = "mms source get 2000015 -o json")
public final class SourceGetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID",
            description = "The data source id (or source/ID); default: --source-id, MMS_SOURCE_ID or the profile's.")
    String id;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        var session = root.session(spec);
        long sourceId = id == null ? session.sourceId(null) : SourceIds.parse(id);
        DataSource source = session.client().getDataSource(sourceId);
        OutputFlags.printOne(Views.sources(), options, source, () -> SourceDetail.render(source),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
