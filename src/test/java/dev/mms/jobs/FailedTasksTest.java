package dev.mms.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.Page;
import dev.mms.api.Task;
import dev.mms.api.TaskLog;
import dev.mms.api.TaskQuery;
import dev.mms.render.FailedTaskText;
import dev.mms.testing.UnsupportedMmsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The failed-task report: one query per *_FAILED status, errors from the logs of the first few, the rest counted. */
class FailedTasksTest {

    private static Task task(long id, String table, String partition, String status) {
        return new Task(id, 105L, "nightly", 2000015L, "hive", 1L, 2L, "sales", null, table, "sales_dw", null, table,
                partition, status, "HIVE", false, false, 0, null, null, null, null);
    }

    /** A server with 2 schema, 5 data and 1 verification failures, paging by 3. */
    private static class Server extends UnsupportedMmsClient {
        final List<TaskQuery> queries = new ArrayList<>();
        final List<Long> logsAsked = new ArrayList<>();
        final Map<String, List<Task>> byStatus = Map.of(
                "SCHEMA_FAILED", List.of(task(1, "a", null, "SCHEMA_FAILED"), task(2, "b", null, "SCHEMA_FAILED")),
                "DATA_FAILED", List.of(task(3, "c", "ds=1", "DATA_FAILED"), task(4, "c", "ds=2", "DATA_FAILED"),
                        task(5, "c", "ds=3", "DATA_FAILED"), task(6, "c", "ds=4", "DATA_FAILED"),
                        task(7, "d", null, "DATA_FAILED")),
                "VERIFICATION_FAILED", List.of(task(8, "e", null, "VERIFICATION_FAILED")));

        @Override
        public Page<Task> listTasks(long sourceId, TaskQuery query) {
            queries.add(query);
            List<Task> all = byStatus.getOrDefault(query.status(), List.of());
            int from = (query.pageNum() - 1) * query.pageSize();
            List<Task> page = from >= all.size() ? List.of()
                    : all.subList(from, Math.min(all.size(), from + query.pageSize()));
            return new Page<>(all.size(), query.pageNum(), query.pageSize(), page);
        }

        @Override
        public List<TaskLog> listTaskLogs(long sourceId, long taskId) {
            logsAsked.add(taskId);
            if (taskId == 2) {
                return List.of();
            }
            return List.of(new TaskLog(1L, taskId, sourceId, "DATA_DOING", "copy", "ok", null, null),
                    new TaskLog(2L, taskId, sourceId, "DATA_FAILED", "copy", "boom " + taskId + "\nat line 2", null,
                            null),
                    new TaskLog(3L, taskId, sourceId, "INIT", "cleanup", "ok", null, null));
        }
    }

    @Test
    void everyFailedStatusIsAskedForAndOnlyTheFirstFewGetTheirLogsRead() {
        Server server = new Server();
        FailedTasks.Report report = FailedTasks.report(server, 2000015, 105, 5);
        assertEquals(8, report.total());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), report.described().stream().map(f -> f.task().id()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), server.logsAsked, "one ListMmsTaskLogs per described task");
        assertEquals(List.of("SCHEMA_FAILED", "DATA_FAILED", "VERIFICATION_FAILED"),
                server.queries.stream().map(TaskQuery::status).distinct().toList());
        assertTrue(server.queries.stream().allMatch(q -> q.jobId() == 105L));
        assertEquals("schema", report.described().get(0).phase());
        assertEquals("boom 1\nat line 2", report.described().get(0).error(), "the failed entry, not the last one");
        assertNull(report.described().get(1).error(), "no logs, no error");
        assertEquals(3, report.notDescribed());

        List<String> lines = FailedTaskText.lines(report, " --source-id 2000015");
        assertEquals("8 tasks failed:", lines.get(0));
        assertTrue(lines.get(1).matches("  TABLE\\s+PARTITION\\s+PHASE\\s+ERROR"), lines.get(1));
        assertTrue(lines.get(2).matches("  sales\\.a\\s+-\\s+schema\\s+boom 1 at line 2"), "one line: " + lines.get(2));
        assertTrue(lines.get(3).endsWith("(no error message; see mms task logs 2)"), lines.get(3));
        assertTrue(lines.get(4).matches("  sales\\.c\\s+ds=1\\s+data\\s+boom 3 at line 2"), lines.get(4));
        assertEquals("  … and 3 more", lines.get(7));
        assertEquals("All failed tasks:  mms job tasks 105 --failed --source-id 2000015", lines.get(8));
        assertEquals("Retry them:        mms job retry 105 --source-id 2000015", lines.get(9));
        assertEquals(10, lines.size());
    }

    @Test
    void aJobWithNoFailedTaskHasNothingToSay() {
        Server server = new Server() {
            @Override
            public Page<Task> listTasks(long sourceId, TaskQuery query) {
                return new Page<>(0, 1, 100, List.of());
            }
        };
        FailedTasks.Report report = FailedTasks.report(server, 2000015, 105, 5);
        assertEquals(0, report.total());
        assertEquals(List.of(), FailedTaskText.lines(report, ""));
    }
}
