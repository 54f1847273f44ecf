package dev.mms.spec;

/** A place in a spec file, 1-based line and column, printed the way compilers and editors link to it. */
public record Location(String source, int line, int column) implements Comparable<Location> {

    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location other) {
        int bySource = source.compareTo(other.source);
        if (bySource != 0) {
            return bySource;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    /** The same source and line, {@code offset} characters further right. */
    public Location shiftedRight(int offset) {
        return new Location(source, line, column + offset);
    }
}
