package dev.mms.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code partitionFilters} expressions (mms-api.md §2), for example
 * {@code p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc','cde')}.
 *
 * <pre>
 * filter     := or END
 * or         := and ("or" and)*
 * and        := primary ("and" primary)*            -- and binds tighter than or
 * primary    := "(" or ")" | column op literal | column "in" "(" literal ("," literal)* ")"
 * op         := ">" | ">=" | "=" | "<" | "<=" | "<>"
 * literal    := 'string' | "string" | -?digits(.digits)?
 * </pre>
 * Keywords are case-insensitive. Inside a string a backslash escapes the next quote or backslash
 * ({@code 'it\'s'}); any other backslash sequence is an error, so no expression changes meaning silently.
 */
public final class PartitionFilterParser {

    /** Deeper nesting is an error with a position, not a stack overflow: real filters nest two or three levels. */
    static final int MAX_DEPTH = 64;

    private final String expression;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private PartitionFilterParser(String expression) throws PartitionFilterException {
        this.expression = expression;
        this.tokens = new Lexer(expression).tokens();
    }

    public static PartitionFilter parse(String expression) throws PartitionFilterException {
        return new PartitionFilterParser(expression).filter();
    }

    private PartitionFilter filter() throws PartitionFilterException {
        if (peek().kind == Kind.END) {
            throw error("empty partition filter", 0);
        }
        PartitionFilter result = or();
        Token trailing = peek();
        if (trailing.kind == Kind.RPAREN) {
            throw error("unbalanced ')': no '(' to close", trailing.position);
        }
        if (trailing.kind == Kind.NUMBER && trailing.text.startsWith("-") && tokens.get(next - 1).kind == Kind.NUMBER) {
            throw error("unexpected number " + trailing.text + "; a date must be quoted, as in '"
                    + unquotedDate(tokens.get(next - 1)) + "'", trailing.position);
        }
        if (trailing.kind != Kind.END) {
            throw error("unexpected " + trailing.describe() + " after a complete condition; missing 'and' or 'or'?",
                    trailing.position);
        }
        return result;
    }

    /** 2024-01-01 written without quotes lexes as the numbers 2024, -01, -01; this gives the text back. */
    private String unquotedDate(Token first) {
        int end = first.position + first.text.length();
        for (int i = tokens.indexOf(first) + 1; i < tokens.size() && tokens.get(i).kind == Kind.NUMBER
                && tokens.get(i).position == end && tokens.get(i).text.startsWith("-"); i++) {
            end += tokens.get(i).text.length();
        }
        return expression.substring(first.position, end);
    }

    private PartitionFilter or() throws PartitionFilterException {
        List<PartitionFilter> operands = new ArrayList<>(List.of(and()));
        while (peek().kind == Kind.OR) {
            take();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new PartitionFilter.Or(operands);
    }

    private PartitionFilter and() throws PartitionFilterException {
        List<PartitionFilter> operands = new ArrayList<>(List.of(primary()));
        while (peek().kind == Kind.AND) {
            take();
            operands.add(primary());
        }
        return operands.size() == 1 ? operands.get(0) : new PartitionFilter.And(operands);
    }

    private PartitionFilter primary() throws PartitionFilterException {
        Token token = take();
        switch (token.kind) {
            case LPAREN -> {
                if (++depth > MAX_DEPTH) {
                    throw error("parentheses nested more than " + MAX_DEPTH + " levels deep; a partition filter "
                            + "needs only a few", token.position);
                }
                PartitionFilter inner = or();
                depth--;
                Token close = peek();
                if (close.kind != Kind.RPAREN) {
                    throw error("missing ')' for the '(' at column " + (token.position + 1)
                            + (close.kind == Kind.END ? "" : ", found " + close.describe()), close.position);
                }
                take();
                return inner;
            }
            case IDENTIFIER -> {
                return condition(token);
            }
            case END -> throw error("missing condition" + after(), token.position);
            default -> throw error("expected a partition column name, found " + token.describe(), token.position);
        }
    }

    /** " after 'and'": names the token before the end of the expression, which was left without an operand. */
    private String after() {
        return next == 0 ? "" : " after " + tokens.get(next - 1).describe();
    }

    private PartitionFilter condition(Token column) throws PartitionFilterException {
        Token token = take();
        if (token.kind == Kind.OPERATOR) {
            return new PartitionFilter.Comparison(column.text, PartitionFilter.Operator.fromSymbol(token.text),
                    literal("a value after '" + token.text + "'"));
        }
        if (token.kind == Kind.IN) {
            Token open = take();
            if (open.kind != Kind.LPAREN) {
                throw error("expected '(' after 'in', found " + open.describe(), open.position);
            }
            if (peek().kind == Kind.RPAREN) {
                throw error("empty IN list; give at least one value", peek().position);
            }
            List<PartitionFilter.Literal> values = new ArrayList<>(List.of(literal("a value in the IN list")));
            while (peek().kind == Kind.COMMA) {
                take();
                values.add(literal("a value after ','"));
            }
            Token close = take();
            if (close.kind != Kind.RPAREN) {
                throw error("expected ',' or ')' in the IN list, found " + close.describe(), close.position);
            }
            return new PartitionFilter.In(column.text, values);
        }
        throw error("expected a comparison operator (> >= = < <= <>) or 'in' after '" + column.text + "', found "
                + token.describe(), token.position);
    }

    private PartitionFilter.Literal literal(String wanted) throws PartitionFilterException {
        Token token = take();
        return switch (token.kind) {
            case STRING -> new PartitionFilter.StringLiteral(token.text);
            case NUMBER -> new PartitionFilter.NumberLiteral(new BigDecimal(token.text));
            case END -> throw error("missing operand: expected " + wanted, token.position);
            default -> throw error("expected " + wanted + " (a quoted string or a number), found "
                    + token.describe(), token.position);
        };
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind != Kind.END) {
            next++;
        } else {
            next = tokens.size() - 1;
        }
        return token;
    }

    private PartitionFilterException error(String reason, int position) {
        return new PartitionFilterException(reason, position, expression);
    }

    private enum Kind { IDENTIFIER, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, COMMA, AND, OR, IN, END }

    private record Token(Kind kind, String text, int position) {
        String describe() {
            return switch (kind) {
                case END -> "end of expression";
                case STRING -> "string '" + text + "'";
                case NUMBER -> "number " + text;
                case IDENTIFIER -> "'" + text + "'";
                default -> "'" + text + "'";
            };
        }
    }

    /** Splits an expression into tokens, each with the index of its first character. */
    private static final class Lexer {
        private final String text;
        private int at;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens() throws PartitionFilterException {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                if (at >= text.length()) {
                    tokens.add(new Token(Kind.END, "", text.length()));
                    return tokens;
                }
                tokens.add(token());
            }
        }

        private Token token() throws PartitionFilterException {
            int start = at;
            char c = text.charAt(at);
            if (c == '(' || c == ')' || c == ',') {
                at++;
                return new Token(c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c),
                        start);
            }
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (isDigit(c) || (c == '-' && at + 1 < text.length() && isDigit(text.charAt(at + 1)))) {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                String word = text.substring(start, at);
                return switch (word.toLowerCase(Locale.ROOT)) {
                    case "and" -> new Token(Kind.AND, word, start);
                    case "or" -> new Token(Kind.OR, word, start);
                    case "in" -> new Token(Kind.IN, word, start);
                    default -> new Token(Kind.IDENTIFIER, word, start);
                };
            }
            return operator(c, start);
        }

        private Token operator(char c, int start) throws PartitionFilterException {
            String two = text.length() >= at + 2 ? text.substring(at, at + 2) : "";
            if (two.equals("!=")) {
                throw new PartitionFilterException("'!=' is not an operator here; use '<>'", start, text);
            }
            if (two.equals("==")) {
                throw new PartitionFilterException("'==' is not an operator here; use '='", start, text);
            }
            if (two.equals(">=") || two.equals("<=") || two.equals("<>")) {
                at += 2;
                return new Token(Kind.OPERATOR, two, start);
            }
            if (c == '>' || c == '<' || c == '=') {
                at++;
                return new Token(Kind.OPERATOR, String.valueOf(c), start);
            }
            String found = new String(Character.toChars(text.codePointAt(start)));
            throw new PartitionFilterException("unexpected character '" + found + "'" + hintFor(found), start, text);
        }

        // Word processors and chat tools turn quotes into typographic ones; the user cannot see the difference.
        private static String hintFor(String found) {
            if ("\u2018\u2019\u201A\u201B\u2032".contains(found)) {
                return "; a typographic quote: write strings in plain ' quotes";
            }
            if ("\u201C\u201D\u201E\u201F\u2033".contains(found)) {
                return "; a typographic quote: write strings in plain \" quotes";
            }
            return "";
        }

        private Token number() throws PartitionFilterException {
            int start = at;
            if (text.charAt(at) == '-') {
                at++;
            }
            digits();
            if (at < text.length() && text.charAt(at) == '.') {
                at++;
                if (at >= text.length() || !isDigit(text.charAt(at))) {
                    throw new PartitionFilterException("expected digits after the decimal point", at, text);
                }
                digits();
            }
            return new Token(Kind.NUMBER, text.substring(start, at), start);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private void digits() {
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
        }

        private Token string(char quote) throws PartitionFilterException {
            int start = at;
            at++;
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == quote) {
                    at++;
                    return new Token(Kind.STRING, value.toString(), start);
                }
                if (c == '\\') {
                    if (at + 1 >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(at + 1);
                    if (escaped != '\'' && escaped != '"' && escaped != '\\') {
                        throw new PartitionFilterException("unknown escape '\\" + escaped
                                + "' in string; only \\' \\\" and \\\\ are allowed", at, text);
                    }
                    value.append(escaped);
                    at += 2;
                    continue;
                }
                value.append(c);
                at++;
            }
            throw new PartitionFilterException("unterminated string: no closing " + quote, start, text);
        }
    }
}
