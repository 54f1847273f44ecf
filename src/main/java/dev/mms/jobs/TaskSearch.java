package dev.mms.jobs;

import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Task;
import dev.mms.api.TaskQuery;
import java.util.List;
import java.util.function.Consumer;

/**
 * ListMmsTasks for one or several statuses. The API filters by one status at a time, so several (as
 * {@code job tasks --failed} asks for every {@code *_FAILED} one) are one walk over every page per status, in the
 * order given, within one overall limit.
 */
public final class TaskSearch {

    private final MmsClient client;
    private final long sourceId;
    private final TaskQuery query;
    private final List<String> statuses;

    /** @param statuses the statuses to ask for; empty for every task the query matches */
    public TaskSearch(MmsClient client, long sourceId, TaskQuery query, List<String> statuses) {
        this.client = client;
        this.sourceId = sourceId;
        this.query = query;
        this.statuses = List.copyOf(statuses);
    }

    /** Whether this is one plain query, which pages as --page/--page-size say. */
    public boolean isSingleQuery() {
        return statuses.size() <= 1;
    }

    /** The single query's pages (see {@link #isSingleQuery}). */
    public PageWalker.PageSource<Task> pages() {
        TaskQuery single = statuses.isEmpty() ? query : query.withStatus(statuses.get(0));
        return (num, size) -> client.listTasks(sourceId, single.withPage(num, size));
    }

    /** Every matching task (each status's every page), at most {@code limit} (0: no limit); returns the count. */
    public int each(int pageSize, int limit, Consumer<Task> sink) {
        int delivered = 0;
        List<String> asked = statuses.isEmpty() ? java.util.Collections.singletonList(null) : statuses;
        for (String status : asked) {
            TaskQuery one = status == null ? query : query.withStatus(status);
            int left = limit == 0 ? 0 : limit - delivered;
            PageWalker.Result r = PageWalker.walk((num, size) -> client.listTasks(sourceId, one.withPage(num, size)),
                    1, pageSize, true, left, Task::id, sink);
            delivered += r.delivered();
            if (limit > 0 && delivered >= limit) {
                break;
            }
        }
        return delivered;
    }
}
