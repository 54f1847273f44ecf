package dev.mms.render;

import dev.mms.plan.SpecPlan;
import java.util.List;

/** Rows of {@code mms job plan} in the row formats; json and yaml write each whole plan. */
final class SpecPlanView implements View<SpecPlan> {

    private static final List<Column<SpecPlan>> DEFAULT = List.of(
            new Column<>("SPEC", SpecPlan::spec, true),
            new Column<>("NAME", SpecPlan::name, true),
            new Column<>("SCOPE", SpecPlan::scope, false),
            new Column<>("TABLES", p -> Integer.toString(p.totals().tables()), false),
            new Column<>("PARTITIONS", p -> p.totals().selectedPartitions() + "/" + p.totals().totalPartitions(),
                    false),
            new Column<>("ROWS", p -> JobView.text(p.totals().rows()), false),
            new Column<>("SIZE", p -> JobView.text(p.totals().size()), false),
            new Column<>("OK", p -> Boolean.toString(p.ok()), false));

    @Override
    public List<Column<SpecPlan>> columns(boolean wide) {
        return DEFAULT;
    }

    @Override
    public String name(SpecPlan plan) {
        return "spec/" + plan.spec();
    }
}
