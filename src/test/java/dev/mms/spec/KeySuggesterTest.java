package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySuggesterTest {

    private final KeySuggester suggester = new KeySuggester(SpecFields.names());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            tableWhitelist, tableWhiteList
            srcDb,          srcDbName
            source_id,      sourceId
            SOURCEID,       sourceId
            tabels,         tables
            partition,      partitions
            filters,        partitionFilters
            dstDb,          dstDbName
            columnMap,      columnMapping
            enableVerify,   enableVerification
            owner,
            """)
    void suggestsTheKeyAUserMostLikelyMeant(String typed, String expected) {
        assertEquals(Optional.ofNullable(expected), suggester.suggest(typed));
    }
}
