package dev.mms.render;

import dev.mms.report.SpecCheck;
import java.util.List;

/** Rows of {@code mms job validate} in the row formats: SPEC, NAME, RESULT, ERRORS, WARNINGS. */
final class SpecCheckView implements View<SpecCheck> {

    private static final List<Column<SpecCheck>> DEFAULT = List.of(
            new Column<>("SPEC", SpecCheck::spec, true),
            new Column<>("NAME", SpecCheck::name, true),
            new Column<>("RESULT", c -> c.valid() ? "ok" : "invalid", false),
            new Column<>("ERRORS", c -> Long.toString(c.errors()), false),
            new Column<>("WARNINGS", c -> Long.toString(c.warnings()), false));

    @Override
    public List<Column<SpecCheck>> columns(boolean wide) {
        return DEFAULT;
    }

    @Override
    public String name(SpecCheck check) {
        return "spec/" + check.spec();
    }
}
