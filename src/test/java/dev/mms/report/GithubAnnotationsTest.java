package dev.mms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mms.spec.Diagnostic;
import dev.mms.spec.Location;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    private final GithubAnnotations annotations = new GithubAnnotations(Path.of("/home/runner/work/repo"));

    @Test
    void errorNamesFileLineAndColumnOfTheSpec() {
        Diagnostic d = Diagnostic.error(new Location("specs/a.yaml", 4, 3), "unknown key 'tableWhitelist'");
        assertEquals("::error file=specs/a.yaml,line=4,col=3,title=mms job validate::unknown key 'tableWhitelist'",
                annotations.command(d, "mms job validate"));
    }

    @Test
    void warningIsAWarningCommand() {
        Diagnostic d = Diagnostic.warning(new Location("a.yaml", 1, 1), "both lists");
        assertEquals("::warning file=a.yaml,line=1,col=1::both lists", annotations.command(d, null));
    }

    @Test
    void messageEscapesPercentAndLineBreaksAsTheToolkitDoes() {
        Diagnostic d = Diagnostic.error(new Location("a.yaml", 2, 9), "100% wrong\r\n    ^ here");
        assertEquals("::error file=a.yaml,line=2,col=9::100%25 wrong%0D%0A    ^ here", annotations.command(d, null));
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        Diagnostic d = Diagnostic.error(new Location("dir,x/a:b.yaml", 1, 2), "m");
        assertEquals("::error file=dir%2Cx/a%3Ab.yaml,line=1,col=2,title=t%3A 1%2C2::m", annotations.command(d, "t: 1,2"));
    }

    @Test
    void absolutePathInsideTheWorkspaceBecomesRelative() {
        Diagnostic d = Diagnostic.error(new Location("/home/runner/work/repo/specs/a.yaml", 3, 1), "m");
        assertEquals("::error file=specs/a.yaml,line=3,col=1::m", annotations.command(d, null));
    }

    @Test
    void valueFromAFlagHasNoFile() {
        Diagnostic d = Diagnostic.error(null, "'eta' (from the command line) is not a date");
        assertEquals("::error title=mms job create::'eta' (from the command line) is not a date",
                annotations.command(d, "mms job create"));
        Diagnostic stdin = Diagnostic.error(new Location("<stdin>", 1, 1), "m");
        assertEquals("::error::m", annotations.command(stdin, null));
    }
}
