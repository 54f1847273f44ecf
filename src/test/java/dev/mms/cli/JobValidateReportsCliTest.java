package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code mms job validate -o json}, and the CI reports of validate: GitHub annotations, step summary, JUnit. */
class JobValidateReportsCliTest {

    @TempDir
    Path home;
    @TempDir
    Path dir;

    private static final String GOOD = "name: good\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n"
            + "tables: [orders]\n";
    private static final String TYPO = "name: typo\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n"
            + "tableWhitelist: [orders]\n";

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonGivesEveryDiagnosticWithFileLineColumnKeyAndSuggestion() throws IOException {
        Path typo = write("typo.yaml", TYPO);
        write("good.yaml", GOOD);
        CliHarness.Result r = CliHarness.of(home, null).run("job", "validate", "-f", dir.toString(), "-o", "json")
                .assertExit(ExitCodes.USAGE);
        JsonNode checks = r.json();
        r.checkEquals(2, checks.size(), "one entry per spec");
        JsonNode good = checks.get(0);
        r.checkEquals("good", good.get("name").asText(), "specs in file order");
        r.checkEquals(true, good.get("valid").asBoolean(), "good is valid");
        r.checkEquals(0, good.get("diagnostics").size(), "no diagnostics");
        JsonNode bad = checks.get(1);
        r.checkEquals(false, bad.get("valid").asBoolean(), "typo is invalid");
        JsonNode d = bad.get("diagnostics").get(0);
        r.checkEquals(typo.toString(), d.get("file").asText(), "file");
        r.checkEquals(5, d.get("line").asInt(), "line");
        r.checkEquals(1, d.get("column").asInt(), "column");
        r.checkEquals("error", d.get("severity").asText(), "severity");
        r.checkEquals("tableWhitelist", d.get("key").asText(), "key");
        r.checkEquals("tableWhiteList", d.get("suggestion").asText(), "suggestion");
        r.check(d.get("message").asText().startsWith("unknown key 'tableWhitelist'"), "message");
        r.check(r.err().isEmpty(), "nothing on stderr outside GitHub Actions");
    }

    @Test
    void filterErrorKeyIsItsTableAndFlagValuesHaveNoFile() throws IOException {
        Path file = write("f.yaml", GOOD + "partitionFilters:\n  orders: \"ds >= 2024-01-01\"\n");
        CliHarness.Result r = CliHarness.of(home, null).run("job", "validate", "-f", file.toString(), "-o", "yaml",
                "--eta", "soon").assertExit(ExitCodes.USAGE);
        r.check(r.out().contains("key: \"partitionFilters.orders\""), "the filter's key");
        r.check(r.out().contains("key: \"eta\""), "the flag's key");
        r.check(r.out().contains("file: null"), "a flag's value has no file");
    }

    @Test
    void underGithubActionsAnInvalidSpecIsAnnotatedOnItsLineAndASummaryIsAppended() throws IOException {
        Path typo = write("typo.yaml", TYPO);
        Path summary = write("summary.md", "earlier step\n");
        CliHarness.Result r = CliHarness.of(home, null).withEnv("GITHUB_ACTIONS", "true")
                .withEnv("GITHUB_STEP_SUMMARY", summary.toString())
                .run("job", "validate", "-f", typo.toString()).assertExit(ExitCodes.USAGE);
        r.check(r.errLines().contains("::error file=" + typo + ",line=5,col=1,title=mms job validate::unknown key "
                + "'tableWhitelist'; did you mean 'tableWhiteList'?"), "the annotation on stderr");
        r.check(r.out().startsWith("FAIL "), "stdout keeps its lines");
        String md = Files.readString(summary);
        r.check(md.startsWith("earlier step\n### mms job validate: 1 spec, 1 failed"), "appended:\n" + md);
        r.check(md.contains("| typo | ❌ validate: invalid: 1 error |"), "the row:\n" + md);
    }

    @Test
    void junitReportHasATestCasePerSpec() throws Exception {
        write("typo.yaml", TYPO);
        write("good.yaml", GOOD + "---\n" + GOOD.replace("name: good", "name: good2"));
        Path report = dir.resolve("reports/validate.xml");
        CliHarness.Result r = CliHarness.of(home, null).run("job", "validate", "-f", dir.resolve("good.yaml").toString(),
                "-f", dir.resolve("typo.yaml").toString(), "--report", "junit=" + report).assertExit(ExitCodes.USAGE);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(report.toFile());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        r.checkEquals("3", suite.getAttribute("tests"), "test cases");
        r.checkEquals("1", suite.getAttribute("failures"), "failures");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("testcase").getLength(); i++) {
            names.add(((Element) doc.getElementsByTagName("testcase").item(i)).getAttribute("name"));
        }
        r.checkEquals(List.of(dir.resolve("good.yaml") + "#1 (good)", dir.resolve("good.yaml") + "#2 (good2)",
                dir.resolve("typo.yaml") + " (typo)"), names, "one per spec");
    }

    @Test
    void unknownReportKindIsAUsageError() throws IOException {
        Path file = write("good.yaml", GOOD);
        CliHarness.Result r = CliHarness.of(home, null).run("job", "validate", "-f", file.toString(),
                "--report", "sarif=x.json").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("unknown report 'sarif'"), "names the kind");
    }

    @Test
    void unwritableJunitReportIsAnError() throws IOException {
        Path file = write("good.yaml", GOOD);
        Path blocker = write("blocker", "a file, not a directory");
        CliHarness.Result r = CliHarness.of(home, null).run("job", "validate", "-f", file.toString(),
                "--report", "junit=" + blocker.resolve("r.xml")).assertExit(ExitCodes.API_ERROR);
        r.check(r.err().contains("cannot write the JUnit report"), "says which report");
    }
}
