package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.api.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mms source get} for people: the data source, how far its migration has come (tables and partitions by
 * status) and its config items. A password item's value is never shown, whatever the server sent.
 */
public final class SourceDetail {

    private SourceDetail() {
    }

    public static String render(DataSource s) {
        DetailBlock block = new DetailBlock()
                .field("ID", s.id())
                .field("Name", s.name())
                .field("Type", s.type())
                .field("Region", s.region())
                .field("Status", s.status())
                .field("Error", s.errMsg())
                .field("Agent online", s.agentIsOnline())
                .field("Network", s.networklink())
                .field("Dst project", s.dstProject())
                .field("Dst projects", s.dstProjects() == null || s.dstProjects().isEmpty() ? null
                        : String.join(", ", s.dstProjects()))
                .field("Databases", s.dbNum())
                .field("Tables", counts(s.tableNum(), s.tablesDoneNum(), s.tablesPartDoneNum(), s.tablesDoingNum(),
                        s.tablesFailedNum()))
                .field("Partitions", counts(s.partitionNum(), s.partitionsDoneNum(), null, s.partitionsDoingNum(),
                        s.partitionsFailedNum()))
                .field("Scan", s.scanStatus() == null ? null
                        : s.scanStatus() + (s.scanErrMsg() == null ? "" : ": " + s.scanErrMsg()))
                .field("Created", s.createTime())
                .field("Updated", s.lastUpdateTime());
        if (s.config() != null && !s.config().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("KEY", "NAME", "TYPE", "VALUE"));
            for (DataSource.ConfigItem item : s.config()) {
                rows.add(List.of(orEmpty(item.key()), orEmpty(item.name()), orEmpty(item.type()), value(item)));
            }
            block.section("Config:", DetailBlock.columns(rows));
        }
        return block.render();
    }

    private static String counts(Long total, Long done, Long partDone, Long doing, Long failed) {
        if (total == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(total.toString());
        List<String> parts = new ArrayList<>();
        add(parts, "done", done);
        add(parts, "partly done", partDone);
        add(parts, "doing", doing);
        add(parts, "failed", failed);
        if (!parts.isEmpty()) {
            text.append(" (").append(String.join(", ", parts)).append(")");
        }
        return text.toString();
    }

    private static void add(List<String> parts, String label, Long n) {
        if (n != null) {
            parts.add(label + " " + n);
        }
    }

    static String value(DataSource.ConfigItem item) {
        if ("password".equalsIgnoreCase(item.type())) {
            return "(hidden)";
        }
        JsonNode v = item.value();
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
