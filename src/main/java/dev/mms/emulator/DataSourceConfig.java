package dev.mms.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The config items GetMmsDataSource shows for a source of each type, in the SDK's item shape (key, name, desc, group,
 * type, subType, required, enums, placeHolder, value). A password item carries no value: the emulator, like any
 * careful server, never sends a secret back.
 */
final class DataSourceConfig {

    private DataSourceConfig() {
    }

    static List<Map<String, Object>> items(Catalog.Source s) {
        List<Map<String, Object>> items = new ArrayList<>();
        switch (s.type() == null ? "" : s.type()) {
            case "BIGQUERY" -> {
                items.add(item("bigquery.project", "Project", "basic_group", "string", true, s.name() + "-gcp"));
                items.add(item("bigquery.credentials.file", "Service account key file", "basic_group", "file", true,
                        "service-account.json"));
                items.add(item("bigquery.range.partition.migrate.type", "Range partitions migrated as",
                        "advanced_group", "string", false, "Partition"));
            }
            case "MAXCOMPUTE" -> {
                items.add(item("odps.endpoint", "Source endpoint", "basic_group", "string", true,
                        "http://service." + s.region() + ".maxcompute.aliyun.com/api"));
                items.add(item("odps.access.key.id", "AccessKey ID", "basic_group", "string", true, "LTAI-emulator"));
                items.add(item("odps.access.key.secret", "AccessKey secret", "basic_group", "password", true, null));
            }
            default -> {
                items.add(item("hive.metastore.uris", "Hive metastore URIs", "basic_group", "string", true,
                        "thrift://emulator-hms:9083"));
                items.add(item("hive.jdbc.url", "HiveServer2 JDBC URL", "basic_group", "string", true,
                        "jdbc:hive2://emulator-hs2:10000/default"));
                items.add(item("hive.jdbc.password", "HiveServer2 password", "basic_group", "password", false, null));
                items.add(item("hive.kerberos.enabled", "Kerberos", "security_group", "boolean", false, false));
            }
        }
        items.add(item("mc.default.project", "Destination project", "basic_group", "string", true, s.dstProject()));
        return items;
    }

    private static Map<String, Object> item(String key, String name, String group, String type, boolean required,
                                            Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("name", name);
        m.put("desc", name);
        m.put("group", group);
        m.put("type", type);
        m.put("subType", type.equals("file") ? ".json" : null);
        m.put("required", required);
        m.put("enums", List.of());
        m.put("placeHolder", null);
        m.put("value", value);
        return m;
    }
}
