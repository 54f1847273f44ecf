package dev.mms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads a JUnit report as CI does, with the JDK's XML parser: its test cases, their failure and their steps. */
final class JUnitCases {

    private JUnitCases() {
    }

    /** The test cases of a JUnit file, in order. */
    static List<Element> testCases(Path junit) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("testcase").getLength(); i++) {
            cases.add((Element) doc.getElementsByTagName("testcase").item(i));
        }
        return cases;
    }

    /** The case's {@code <failure>}, or null when it passed. */
    static Element failure(Element testCase) {
        return (Element) testCase.getElementsByTagName("failure").item(0);
    }

    /** Every step of the case, as its {@code <system-out>} lists them. */
    static String systemOut(Element testCase) {
        return testCase.getElementsByTagName("system-out").item(0).getTextContent();
    }
}
