package dev.mms.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionFilterTest {

    private static final Map<String, String> P = Map.of("p1", "2022-03-05", "p2", "10", "p3", "7", "p4", "abc");

    @Test
    void documentedExampleMatches() {
        PartitionFilter f = PartitionFilter.parse(
                "p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc','cde')");
        assertTrue(f.matches(P));
        assertFalse(f.matches(Map.of("p1", "2022-03-05", "p2", "11", "p3", "7", "p4", "abc")));
        assertTrue(f.matches(Map.of("p1", "2022-03-05", "p2", "11", "p3", "21", "p4", "cde")));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesOverride() {
        assertTrue(PartitionFilter.parse("p4 = 'x' AND p2 = 1 OR p3 = 7").matches(P));
        assertFalse(PartitionFilter.parse("p4 = 'x' AND (p2 = 1 OR p3 = 7)").matches(P));
    }

    @Test
    void numbersCompareNumericallyStringsLexicographically() {
        Map<String, String> hour = Map.of("hh", "8");
        assertTrue(PartitionFilter.parse("hh < 16").matches(hour));
        assertFalse(PartitionFilter.parse("hh < '16'").matches(hour), "'8' > '16' as strings");
        assertTrue(PartitionFilter.parse("hh in (8, 16)").matches(hour));
        assertTrue(PartitionFilter.parse("hh = 8.0").matches(hour));
    }

    @Test
    void quotesKeywordsAndOperatorsAreFlexible() {
        Map<String, String> day = Map.of("ds", "2024-06-02", "region", "eu");
        assertTrue(PartitionFilter.parse("ds <> \"2024-06-01\" And Region In (\"eu\", 'us')").matches(day));
        assertTrue(PartitionFilter.parse("ds != '2024-06-01'").matches(day));
        assertTrue(PartitionFilter.parse("((ds <= '2024-06-02'))").matches(day));
        assertFalse(PartitionFilter.parse("ds < '2024-06-02' or region = 'cn'").matches(day));
        assertTrue(PartitionFilter.parse("region = 'it\\'s'").matches(Map.of("region", "it's")));
    }

    @Test
    void columnNamesThatStartWithKeywordsAreColumns() {
        assertTrue(PartitionFilter.parse("order_ds = '1' or index = 2").matches(Map.of("order_ds", "1", "index", "3")));
    }

    @Test
    void syntaxErrorsPointAtTheCharacter() {
        PartitionFilter.SyntaxException e = assertThrows(PartitionFilter.SyntaxException.class,
                () -> PartitionFilter.parse("ds >= '2024-06-01' and"));
        assertEquals(22, e.position());
        assertThrows(PartitionFilter.SyntaxException.class, () -> PartitionFilter.parse("ds => 1"));
        assertThrows(PartitionFilter.SyntaxException.class, () -> PartitionFilter.parse("ds = '2024"));
        assertThrows(PartitionFilter.SyntaxException.class, () -> PartitionFilter.parse("(ds = 1"));
        assertThrows(PartitionFilter.SyntaxException.class, () -> PartitionFilter.parse("ds in ()"));
        assertThrows(PartitionFilter.SyntaxException.class, () -> PartitionFilter.parse(""));
        PartitionFilter.SyntaxException bare = assertThrows(PartitionFilter.SyntaxException.class,
                () -> PartitionFilter.parse("ds = abc"));
        assertEquals(5, bare.position());
    }

    @Test
    void unknownColumnIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartitionFilter.parse("dt = '2024'").matches(Map.of("ds", "2024")));
        assertTrue(e.getMessage().contains("'dt'") && e.getMessage().contains("ds"), e.getMessage());
    }
}
