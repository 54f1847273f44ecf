package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mms job diff} end to end against an in-process emulator: missing, same, drifted, and its exit codes. */
class JobDiffCliTest extends AgainstEmulator {

    private static final String SPEC = """
            name: daily-orders
            sourceId: 2000015
            srcDbName: sales
            dstDbName: sales_dw
            tables: [orders, customers]
            partitionFilters:
              orders: "ds >= '2024-06-02'"
            tableMapping:
              orders: ods_orders
            enableVerification: true
            """;

    private void create(Path file) {
        mms.run("job", "create", "-f", file.toString(), "--watch", "--interval", "100ms", "--timeout", "60s")
                .assertOk();
    }

    @Test
    void missingJobDiffersWithExit1() throws IOException {
        Path file = write("daily.yaml", SPEC);
        CliHarness.Result r = mms.run("job", "diff", "-f", file.toString()).assertExit(1);
        r.check(r.out().contains("+ " + file + ": daily-orders is missing: source 2000015 has no job of that name"),
                "says missing");
        r.check(r.out().endsWith("1 spec: 1 missing\n"), "summary");
    }

    @Test
    void theSpecAJobWasCreatedFromIsTheSameWithExit0() throws IOException {
        Path file = write("daily.yaml", SPEC);
        create(file);
        CliHarness.Result r = mms.run("job", "diff", "-f", file.toString()).assertOk();
        r.check(r.out().startsWith("= " + file + ": daily-orders is the same as job "), "says same");
        // the same meaning written differently is still the same
        write("daily.yaml", SPEC.replace("tables: [orders, customers]", "tables: [customers, orders]")
                .replace("\"ds >= '2024-06-02'\"", "\"ds>='2024-06-02'\""));
        mms.run("job", "diff", "-f", file.toString()).assertOk();
    }

    @Test
    void driftedJobShowsExactlyTheChangedFields() throws IOException {
        Path file = write("daily.yaml", SPEC);
        create(file);
        write("daily.yaml", SPEC.replace("tables: [orders, customers]", "tables: [orders, products]")
                .replace("ds >= '2024-06-02'", "ds >= '2024-06-03'").replace("enableVerification: true\n", ""));
        CliHarness.Result r = mms.run("job", "diff", "-f", file.toString()).assertExit(1);
        r.check(r.out().contains("+++ " + file), "the spec's header");
        r.check(r.out().contains("""
                @@ tables @@
                  orders
                - customers
                + products
                @@ partitionFilters.orders @@
                - ds >= '2024-06-02'
                + ds >= '2024-06-03'
                @@ enableVerification @@
                - true
                """), "the hunks:\n" + r.out());

        CliHarness.Result json = mms.run("job", "diff", "-f", file.toString(), "-o", "json").assertExit(1);
        JsonNode diff = json.json().get(0);
        json.checkEquals("drifted", diff.get("status").asText(), "status");
        List<String> fields = new ArrayList<>();
        diff.get("differences").forEach(d -> fields.add(d.get("field").asText()));
        json.checkEquals(List.of("tables", "partitionFilters.orders", "enableVerification"), fields,
                "exactly the changed fields");
        json.checkEquals("ds >= '2024-06-03'", diff.get("differences").get(1).get("spec").asText(), "spec value");
        json.checkEquals("ds >= '2024-06-02'", diff.get("differences").get(1).get("job").asText(), "job value");
    }

    @Test
    void aDirectoryMixesSameAndMissingAndReportsEachInJUnit() throws Exception {
        Path a = write("a.yaml", SPEC);
        write("b.yaml", SPEC.replace("daily-orders", "weekly-orders"));
        create(a);
        Path report = specs.resolve("out/diff.xml");
        CliHarness.Result r = mms.run("job", "diff", "-f", specs.toString(), "--report", "junit=" + report)
                .assertExit(1);
        r.check(r.out().endsWith("2 specs: 1 same, 1 missing\n"), "summary");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        r.checkEquals(2, doc.getElementsByTagName("testcase").getLength(), "a test case per spec");
        r.checkEquals(1, doc.getElementsByTagName("failure").getLength(), "the missing one fails");
    }

    @Test
    void invalidSpecIsExit2AndAnUnreachableServiceMoreThan1() throws IOException {
        Path bad = write("bad.yaml", SPEC.replace("tables:", "tabels:"));
        CliHarness.Result r = mms.run("job", "diff", "-f", bad.toString()).assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("unknown key 'tabels'"), "the diagnostic on stderr");
        Path good = write("daily.yaml", SPEC);
        emulator.close();
        CliHarness.Result down = mms.run("job", "diff", "-f", good.toString(), "--timeout", "2s");
        down.check(down.exitCode() > 1, "an error is more than 1");
    }
}
