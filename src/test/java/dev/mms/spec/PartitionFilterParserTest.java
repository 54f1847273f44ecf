package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.spec.PartitionFilter.And;
import dev.mms.spec.PartitionFilter.Comparison;
import dev.mms.spec.PartitionFilter.In;
import dev.mms.spec.PartitionFilter.NumberLiteral;
import dev.mms.spec.PartitionFilter.Operator;
import dev.mms.spec.PartitionFilter.Or;
import dev.mms.spec.PartitionFilter.StringLiteral;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionFilterParserTest {

    @Test
    void parsesTheDocumentedExample() throws PartitionFilterException {
        PartitionFilter filter = PartitionFilterParser.parse(
                "p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc','cde')");
        assertEquals(new And(List.of(
                new Comparison("p1", Operator.GE, new StringLiteral("2022-03-04")),
                new Or(List.of(
                        new Comparison("p2", Operator.EQ, number("10")),
                        new Comparison("p3", Operator.GT, number("20")))),
                new In("p4", List.of(new StringLiteral("abc"), new StringLiteral("cde"))))), filter);
    }

    @Test
    void andBindsTighterThanOrAndKeywordsIgnoreCase() throws PartitionFilterException {
        PartitionFilter filter = PartitionFilterParser.parse("a = 1 OR b = 2 And c = 3");
        assertEquals(new Or(List.of(
                new Comparison("a", Operator.EQ, number("1")),
                new And(List.of(new Comparison("b", Operator.EQ, number("2")),
                        new Comparison("c", Operator.EQ, number("3")))))), filter);
    }

    @Test
    void everyOperatorAndLiteralForm() throws PartitionFilterException {
        assertEquals(new Comparison("a", Operator.NE, number("-1.50")), PartitionFilterParser.parse("a<>-1.50"));
        assertEquals(new Comparison("a", Operator.LE, new StringLiteral("x")), PartitionFilterParser.parse("a <= \"x\""));
        assertEquals(new Comparison("a", Operator.LT, number("0")), PartitionFilterParser.parse("a < 0"));
        assertEquals(new In("a", List.of(number("1"))), PartitionFilterParser.parse("a IN (1)"));
        assertEquals(new Comparison("a", Operator.EQ, new StringLiteral("it's \"q\" \\")),
                PartitionFilterParser.parse("a = 'it\\'s \"q\" \\\\'"));
        assertEquals(new Comparison("地区", Operator.EQ, new StringLiteral("华东")),
                PartitionFilterParser.parse("地区 = '华东'"));
        assertEquals(new Comparison("a", Operator.EQ, new StringLiteral("x")),
                PartitionFilterParser.parse("((a = 'x'))"));
    }

    @Test
    void canonicalFormParsesBackToTheSameTree() throws PartitionFilterException {
        String text = "(a = 1 or b = 'it\\'s') and c in (1, 2.5, 'x') or d <> -3";
        PartitionFilter filter = PartitionFilterParser.parse(text);
        assertEquals(filter, PartitionFilterParser.parse(filter.toExpression()));
    }

    @Test
    void columnsAreTheNamedPartitionColumnsInOrder() throws PartitionFilterException {
        assertEquals(List.of("p1", "p2", "p3", "p4"), List.copyOf(PartitionFilterParser.parse(
                "p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc','cde') and p1 < '2023'").columns()));
    }

    @Test
    void matchesComparesNumbersNumericallyAndStringsAsText() throws PartitionFilterException {
        PartitionFilter filter = PartitionFilterParser.parse("ds >= '2024-01-02' and (hour = 10 or hour > 20)");
        assertTrue(filter.matches(Map.of("ds", "2024-01-02", "hour", "10")));
        assertTrue(filter.matches(Map.of("ds", "2024-02-01", "hour", "21")));
        assertFalse(filter.matches(Map.of("ds", "2024-01-01", "hour", "10")));
        assertFalse(filter.matches(Map.of("ds", "2024-01-05", "hour", "9")), "9 < 20 numerically, not as text");
        assertFalse(filter.matches(Map.of("ds", "2024-01-05")), "a missing column matches nothing");
        assertTrue(PartitionFilterParser.parse("r in ('eu', 'us')").matches(Map.of("r", "us")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | 0  | empty partition filter
            'p = 1;'                    | 5  | unexpected character ';'
            'p = @'                     | 4  | unexpected character '@'
            'p = ''abc'                 | 4  | unterminated string: no closing '
            'p = "abc'                  | 4  | unterminated string: no closing "
            'p = ''a\\nb'''             | 6  | unknown escape '\\n' in string; only \\' \\" and \\\\ are allowed
            'p >='                      | 4  | missing operand: expected a value after '>='
            'p = 1 and'                 | 9  | missing condition after 'and'
            'p = 1 or or q = 2'         | 9  | expected a partition column name, found 'or'
            '(p = 1 or q = 2'           | 15 | missing ')' for the '(' at column 1
            'p = 1)'                    | 5  | unbalanced ')': no '(' to close
            'p in ()'                   | 6  | empty IN list; give at least one value
            'p in (1,)'                 | 8  | expected a value after ',' (a quoted string or a number), found ')'
            'p in 1'                    | 5  | expected '(' after 'in', found number 1
            'p in (1 2)'                | 8  | expected ',' or ')' in the IN list, found number 2
            'p = 1 q = 2'               | 6  | unexpected 'q' after a complete condition; missing 'and' or 'or'?
            'p'                         | 1  | expected a comparison operator (> >= = < <= <>) or 'in' after 'p', found end of expression
            'p != 1'                    | 2  | '!=' is not an operator here; use '<>'
            '1 = p'                     | 0  | expected a partition column name, found number 1
            'p = q'                     | 4  | expected a value after '=' (a quoted string or a number), found 'q'
            'ds >= 2024-01-01'          | 10 | unexpected number -01; a date must be quoted, as in '2024-01-01'
            'p = 1.'                    | 6  | expected digits after the decimal point
            """)
    void invalidExpressionsNameThePosition(String expression, int position, String reason) {
        PartitionFilterException e = assertThrows(PartitionFilterException.class,
                () -> PartitionFilterParser.parse(expression));
        assertEquals(reason, e.reason());
        assertEquals(position, e.position());
        assertEquals(reason + " (column " + (position + 1) + ")", e.getMessage());
    }

    @Test
    void caretSitsUnderTheOffendingCharacter() {
        PartitionFilterException e = assertThrows(PartitionFilterException.class,
                () -> PartitionFilterParser.parse("a = 1 and\n\tb = 'x"));
        assertEquals("> \tb = 'x\n> \t    ^", e.caret("> "));
    }

    private static NumberLiteral number(String text) {
        return new NumberLiteral(new BigDecimal(text));
    }

    @Test
    void deepNestingIsAPositionedErrorNotAStackOverflow() {
        String deep = "(".repeat(2000) + "p1 = 1" + ")".repeat(2000);

        PartitionFilterException e = assertThrows(PartitionFilterException.class, () -> PartitionFilterParser.parse(deep));

        assertEquals("parentheses nested more than 64 levels deep; a partition filter needs only a few", e.reason());
        assertEquals(64, e.position(), "points at the first '(' too many");
    }

    @Test
    void nestingUpToTheLimitStillParses() throws PartitionFilterException {
        String deep = "(".repeat(PartitionFilterParser.MAX_DEPTH) + "p1 = 1" + ")".repeat(PartitionFilterParser.MAX_DEPTH);

        assertEquals(new Comparison("p1", Operator.EQ, new NumberLiteral(new BigDecimal("1"))),
                PartitionFilterParser.parse(deep));
    }
}
