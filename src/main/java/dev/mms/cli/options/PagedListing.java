package dev.mms.cli.options;

import dev.mms.api.PageWalker;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.PagingFooter;
import dev.mms.render.RenderOptions;
import dev.mms.render.View;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The body of a paged list command (db, table, partition, job tasks): pages streamed to the -o writer, a note on
 * stderr when nothing matched, and the paging footer when only part of the list was shown, as job list does it.
 */
public final class PagedListing {

    /**
     * The pages of a data source's list, once its id is known: the command builds (and checks) its query here, then
     * takes the session's client, so that a bad flag fails before anything starts (such as the local emulator).
     */
    @FunctionalInterface
    public interface SourcePages<T> {
        PageWalker.PageSource<T> of(Session session, long sourceId);
    }

    private PagedListing() {
    }

    /**
     * {@link #print} for a list of the data source of --source-id or the profile (db, table, partition list); the
     * note when nothing matched ends "on source N".
     */
    public static <T> int printOfSource(CommandSpec spec, View<T> view, OutputFlags output, PagingFlags paging,
                                        SourcePages<T> pages, Function<T, Object> id, String singular,
                                        String plural, String where) {
        Session session = MmsCommand.of(spec).session(spec);
        long sourceId = session.sourceId(null);
        PageWalker.PageSource<T> source = pages.of(session, sourceId);
        return print(spec, view, output, paging, source, id, singular, plural, where + " on source " + sourceId);
    }

    public static <T> int print(CommandSpec spec, View<T> view, OutputFlags output, PagingFlags paging,
                                PageWalker.PageSource<T> source, Function<T, Object> id, String singular,
                                String plural, String where) {
        MmsCommand root = MmsCommand.of(spec);
        paging.check();
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        int first = paging.firstPage();
        int size = paging.pageSize();
        int limit = paging.limit();
        PrintWriter out = spec.commandLine().getOut();
        ItemWriter<T> writer = OutputFlags.open(view, options, out);
        // Not try-with-resources: when a page fails the document stays unfinished (no closing "]" for json).
        PageWalker.Result result = PageWalker.walk(source, first, size, paging.everyPage(), limit, id, writer::write);
        if (result.delivered() == 0 && first > 1) {
            throw new UsageException(PagingFooter.pastTheEnd(first, result.total(), size, singular, plural));
        }
        writer.close();
        PrintWriter err = spec.commandLine().getErr();
        if (result.delivered() == 0 && format.isForPeople() && !root.quiet()) {
            err.println("No " + plural + " found" + where + ".");
        }
        // whatever the format and wherever stderr goes: a script piping json must hear that it got one page only
        int pages = (int) ((result.total() + size - 1) / size);
        String notice = paging.notice(result.delivered(), result.total(), pages, singular, plural);
        if (notice != null && !root.quiet()) {
            err.println(notice);
        }
        return ExitCodes.OK;
    }
}
