package dev.mms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneTestCasePerSpecAndAFailureForTheFailedOne() throws Exception {
        SpecResult ok = SpecResult.of("specs/a.yaml", "specs/a.yaml", "a")
                .with(SpecResult.Step.ok("validate", "valid", null))
                .with(SpecResult.Step.ok("create", "created", "async task 7")).withJobId(42L);
        SpecResult bad = SpecResult.of("specs/b.yaml#2", "specs/b.yaml", "b & <c>")
                .with(SpecResult.Step.failed("validate", "invalid: 1 error",
                        "specs/b.yaml:3:1: error: unknown key \"x\"\n    ^\u0007"));
        String xml = JUnitReport.xml("mms job create", List.of(ok, bad), Instant.parse("2026-12-01T10:00:00.5Z"),
                Duration.ofMillis(1500));
        Document doc = parse(xml);
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1.500", suite.getAttribute("time"));
        assertEquals("2026-12-01T10:00:00", suite.getAttribute("timestamp"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element first = (Element) cases.item(0);
        assertEquals("specs/a.yaml (a)", first.getAttribute("name"));
        assertEquals("specs/a.yaml", first.getAttribute("file"));
        assertEquals(0, first.getElementsByTagName("failure").getLength());
        assertTrue(first.getElementsByTagName("system-out").item(0).getTextContent().contains("create: created"));
        Element second = (Element) cases.item(1);
        assertEquals("specs/b.yaml#2 (b & <c>)", second.getAttribute("name"));
        Element failure = (Element) second.getElementsByTagName("failure").item(0);
        assertEquals("validate", failure.getAttribute("type"));
        assertEquals("invalid: 1 error", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("unknown key \"x\""), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("\uFFFD"), "a control character XML cannot hold is replaced");
    }

    @Test
    void noSpecsIsAnEmptySuite() throws Exception {
        Document doc = parse(JUnitReport.xml("mms job plan", List.of(), Instant.EPOCH, Duration.ZERO));
        assertEquals("0", ((Element) doc.getElementsByTagName("testsuites").item(0)).getAttribute("tests"));
    }
}
