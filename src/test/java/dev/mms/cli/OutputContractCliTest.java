package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What scripts rely on, end to end over loopback HTTP: a list that is not everything says so on stderr, paging flags
 * mean what they say, --query and --sort-by act on the whole result, and options that do not apply are refused
 * before anything is sent (docs/output.md).
 */
class OutputContractCliTest extends ScriptedServerCliTest {

    private static final String ONE_PAGE = "Showing 20 of 69 jobs (page 1 of 4; --all for every page)\n";

    @Test
    void aPastTheEndPageIsAUsageErrorNotAnEmptySource() {
        server.serveJobs(ListFixtures.jobs(69));
        CliHarness.Result r = list("--page", "5", "-o", "json").assertExit(ExitCodes.USAGE);
        r.checkEquals("", r.out(), "no '[]' that a script would take for an empty list");
        r.checkEquals("Error: --page 5 is past the end: 69 jobs fill 4 pages of 20\n", r.err(), "stderr");
        list("--page", "4", "-o", "json").assertOk();
    }

    @Test
    void pageWithAllOrLimitIsAUsageErrorAndSendsNothing() {
        server.serveJobs(ListFixtures.jobs(69));
        CliHarness.Result all = list("--all", "--page", "2").assertExit(ExitCodes.USAGE);
        all.check(all.err().startsWith("Error: --all lists every page from the first; leave out --page 2"),
                "says what --all means");
        list("--limit", "5", "--page", "2").assertExit(ExitCodes.USAGE);
        all.checkEquals(List.of(), server.jobQueries(), "requests sent");
    }

    @Test
    void limitAsksForNoMoreThanItNeedsAndSaysTheListGoesOn() {
        server.serveJobs(ListFixtures.jobs(69));
        CliHarness.Result r = list("--limit", "5", "-o", "json").assertOk();
        r.checkEquals(5, r.json().size(), "jobs");
        r.checkEquals(List.of("pageNum=1&pageSize=5"), server.jobQueries(), "one request for five jobs");
        r.checkEquals("Showing the first 5 of 69 jobs (--limit 5)\n", r.err(), "notice");

        CliHarness.Result more = list("--limit", "130", "-o", "name").assertOk();
        more.checkEquals(69L, more.out().lines().count(), "every job when the limit is above the total");
        more.checkEquals("", more.err(), "nothing to say when everything was shown");
    }

    @Test
    void theNoticeIsOnStderrForEveryFormatSoStdoutStaysData() throws IOException {
        server.serveJobs(ListFixtures.jobs(69));
        CliHarness.Result json = list("-o", "json").assertOk();
        json.checkEquals(20, json.json().size(), "one page of jobs");
        json.checkEquals(ONE_PAGE, json.err(), "json");
        CliHarness.Result csv = list("-o", "csv").assertOk();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.out())).getRecords();
        csv.checkEquals(20, rows.size(), "csv rows");
        csv.checkEquals(ONE_PAGE, csv.err(), "csv");
        CliHarness.Result all = list("--all", "-o", "json").assertOk();
        all.checkEquals(69, all.json().size(), "--all");
        all.checkEquals("", all.err(), "--all has nothing to add");
    }

    @Test
    void queryIsJmesPathOverEveryPageFetched() {
        server.serveJobs(ListFixtures.jobs(69));
        // status is INIT, DOING, DONE, FAILED for i % 4 = 0..3, so FAILED are i = 3, 7, 11, ...
        CliHarness.Result page = list("--query", "[?status=='FAILED'].id", "-o", "json").assertOk();
        page.checkEquals("[\n  500003,\n  500007,\n  500011,\n  500015,\n  500019\n]\n", page.out(), "first page");
        page.checkEquals(ONE_PAGE, page.err(), "the notice still says it was one page");

        List<String> expected = new ArrayList<>();
        for (int i = 3; i < 69; i += 4) {
            expected.add(Integer.toString(500_000 + i));
        }
        CliHarness.Result text = list("--all", "--query", "[?status=='FAILED'].id").assertOk();
        text.checkEquals(String.join("\n", expected) + "\n", text.out(), "plain text, one value per line");

        CliHarness.Result rows = list("--limit", "2", "--query", "[].[id, name, taskDone]").assertOk();
        rows.checkEquals("500000\tjob-0\t0\n500001\tjob, with comma 1\t1\n", rows.out(), "an array per line, tabs");

        CliHarness.Result count = list("--all", "--query", "length(@)", "-o", "yaml").assertOk();
        count.checkEquals("69\n", count.out(), "a scalar in yaml");
    }

    @Test
    void anInvalidQueryPointsAtTheCharacterAndSendsNothing() {
        server.serveJobs(ListFixtures.jobs(3));
        CliHarness.Result r = list("--query", "[?status=='FAILED'.id").assertExit(ExitCodes.USAGE);
        List<String> lines = r.errLines();
        r.check(lines.get(0).startsWith("Error: invalid --query at character "), "names the character");
        r.checkEquals("  [?status=='FAILED'.id", lines.get(1), "the expression");
        r.check(lines.get(2).matches(" {2,}\\^"), "a caret under it");
        r.checkEquals(List.of(), server.jobQueries(), "requests sent");
    }

    @Test
    void sortByOrdersOnTheClientByAnApiField() {
        server.serveJobs(ListFixtures.jobs(30));
        JsonNode jobs = list("--all", "--sort-by", "taskDone:desc", "-o", "json").assertOk().json();
        for (int i = 1; i < jobs.size(); i++) {
            int before = jobs.get(i - 1).get("taskDone").asInt();
            int here = jobs.get(i).get("taskDone").asInt();
            if (before < here || (before == here
                    && jobs.get(i - 1).get("id").asLong() > jobs.get(i).get("id").asLong())) {
                throw new AssertionError("not by taskDone descending, ties in server order, at " + i + ": " + jobs);
            }
        }
        CliHarness.Result names = list("--all", "--sort-by", "createTime", "-o", "name").assertOk();
        names.checkEquals(List.of("job/500000", "job/500028", "job/500001"), names.out().lines().limit(3).toList(),
                "2025-01-01 10:00, 2025-01-01 10:28, 2025-01-02 10:01");
        CliHarness.Result limited = list("--limit", "3", "--sort-by", "createTime:desc", "-o", "name").assertOk();
        limited.checkEquals(List.of("job/500002", "job/500001", "job/500000"), limited.out().lines().toList(),
                "--limit picks the server's first jobs, --sort-by orders those");
        CliHarness.Result bad = list("--sort-by", "colour").assertExit(ExitCodes.USAGE);
        bad.check(bad.err().startsWith("Error: cannot --sort-by 'colour'; fields: id, name,"), "lists the fields");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "-o json --columns id | --columns does not apply to -o json",
            "-o yaml --no-headers | --no-headers does not apply to -o yaml",
            "-o name --no-headers | --no-headers does not apply to -o name",
            "-o name --columns id | --columns does not apply to -o name",
            "-o csv --query [].id | --query gives a JSON value, which -o csv cannot show",
            "--query [].id --columns id | --columns does not apply with --query",
            "-o xml | Invalid value for option '--output': expected one of [TABLE, WIDE, JSON, YAML, CSV, TSV, NAME]",
            "--sort-by name:up | --sort-by takes FIELD, FIELD:asc or FIELD:desc"})
    void anOptionThatDoesNotApplyIsAUsageErrorBeforeAnythingIsSent(String flags, String message) {
        server.serveJobs(ListFixtures.jobs(3));
        CliHarness.Result r = list(flags.trim().split(" ")).assertExit(ExitCodes.USAGE);
        r.check(r.err().startsWith("Error: " + message.trim()), "says why");
        r.checkEquals("", r.out(), "stdout");
        r.checkEquals(List.of(), server.jobQueries(), "requests sent");
    }

    @Test
    void watchWritesOnlyJson() {
        for (String format : List.of("table", "wide", "csv", "tsv", "yaml", "name")) {
            CliHarness.Result r = mms.run("job", "watch", "7", "--source-id", "2000015", "-o", format)
                    .assertExit(ExitCodes.USAGE);
            r.check(r.err().startsWith("Error: -o " + format + " does not apply here"), "says why");
        }
    }

    @Test
    void offlineCommandsDoNotOfferTheNetworkOptions() {
        for (List<String> command : List.of(List.of("emulator"), List.of("completion", "bash"),
                List.of("job", "validate"))) {
            List<String> help = new ArrayList<>(command);
            help.add("--help");
            CliHarness.Result r = CliHarness.of(home, null).run(help.toArray(String[]::new)).assertOk();
            for (String option : List.of("--endpoint", "--region", "--timeout", "--request-timeout")) {
                r.check(!r.out().contains(option + "="), command + " --help offers " + option);
            }
            List<String> withEndpoint = new ArrayList<>(command);
            withEndpoint.addAll(List.of("--endpoint", "http://127.0.0.1:9"));
            CliHarness.of(home, null).run(withEndpoint.toArray(String[]::new)).assertExit(ExitCodes.USAGE);
        }
        CliHarness.Result validate = CliHarness.of(home, null).run("job", "validate", "--help").assertOk();
        validate.check(validate.out().contains("--source-id"), "validate reads --source-id");
    }

    @Test
    void aPartitionFilterWithoutItsTableSaysSoAndShowsTheForm() {
        CliHarness.Result r = mms.run("job", "create", "--dry-run", "--source-id", "2000015", "--name", "n",
                "--src-db", "sales", "--dst-db", "sales_dw", "--tables", "orders",
                "--partition-filter", "ds >= '2024-06-01'").assertExit(ExitCodes.USAGE);
        r.checkEquals("Error: --partition-filter takes TABLE=EXPR, e.g. --partition-filter \"sales=ds >= "
                + "'2024-06-01'\"; \"ds >= '2024-06-01'\" has no TABLE= before the filter\n", r.err(), "stderr");
        CliHarness.Result ok = mms.run("job", "create", "--dry-run", "-o", "json", "--source-id", "2000015",
                "--name", "n", "--src-db", "sales", "--dst-db", "sales_dw", "--tables", "orders",
                "--partition-filter", "orders=ds >= '2024-06-01'").assertOk();
        ok.checkEquals("ds >= '2024-06-01'", ok.json().get(0).get("body").get("partitionFilters").get("orders")
                .asText(), "split at the first '=' only");
    }
}
