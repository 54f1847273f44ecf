package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Terminal column counting and cutting. */
class DisplayWidthTest {

    @Test
    void chineseCharactersTakeTwoColumnsAndAnsiNone() {
        assertEquals(5, DisplayWidth.of("abcde"));
        assertEquals(12, DisplayWidth.of("用户画像迁移"));
        assertEquals(4, DisplayWidth.of("\u001B[32mDONE\u001B[0m"));
        assertEquals(6, DisplayWidth.of("ｆｕｌ"), "fullwidth latin");
        assertEquals(1, DisplayWidth.of("e\u0301"), "a combining accent takes no column");
        assertEquals(10, DisplayWidth.of("███████░░░"));
    }

    @Test
    void cuttingEndsInAnEllipsisAndNeverSplitsAWideCharacter() {
        assertEquals("abcdef", DisplayWidth.cut("abcdef", 6));
        assertEquals("abcd…", DisplayWidth.cut("abcdef", 5));
        assertEquals("用户…", DisplayWidth.cut("用户画像迁移", 6));
        assertEquals("用户画…", DisplayWidth.cut("用户画像迁移", 7));
        assertEquals("用户…", DisplayWidth.cut("用户画像迁移", 6), "a wide character is not half drawn");
        assertEquals("…", DisplayWidth.cut("abc", 1));
    }

    @Test
    void paddingCountsDisplayColumns() {
        assertEquals("用户  ", DisplayWidth.padRight("用户", 6));
        assertEquals("abcdef", DisplayWidth.padRight("abcdef", 3));
    }
}
