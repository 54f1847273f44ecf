package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The paging line under a list. */
class PagingFooterTest {

    @Test
    void groupsThousandsAndPointsAtAll() {
        assertEquals("Showing 20 of 1,204 jobs (page 1 of 61; --all for every page)",
                PagingFooter.footer(20, 1204, 1, 61));
        assertEquals("Showing 4 of 1,234,567 jobs (page 308,642 of 308,642; --all for every page)",
                PagingFooter.footer(4, 1_234_567, 308_642, 308_642));
    }

    @Test
    void aSinglePageNeedsNoHint() {
        assertEquals("Showing 3 of 3 jobs", PagingFooter.footer(3, 3, 1, 1));
        assertEquals("Showing 1 of 1 job", PagingFooter.footer(1, 1, 1, 1));
        assertEquals("Showing 2 of 2 sources", PagingFooter.footer(2, 2, 1, 1, "source", "sources"));
    }
}
