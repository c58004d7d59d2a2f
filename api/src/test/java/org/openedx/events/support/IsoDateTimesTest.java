package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDateTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2024-01-02T03:04:05+00:00,        2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05.000006+00:00, 2024-01-02T03:04:05.000006Z",
        "2024-01-02T03:04:05.120000+00:00, 2024-01-02T03:04:05.12Z",
        "2024-01-02T03:04:05-05:30,        2024-01-02T03:04:05-05:30"
    })
    void formatsLikePythonIsoformat(String python, String java) {
        assertThat(IsoDateTimes.format(OffsetDateTime.parse(java))).isEqualTo(python);
        assertThat(IsoDateTimes.parseOffset(python)).isEqualTo(OffsetDateTime.parse(java));
    }

    @Test
    void naiveValuesHaveNoOffsetBothWays() {
        assertThat(IsoDateTimes.format(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("2024-01-02T03:04:05");
        assertThat(IsoDateTimes.parse("2024-01-02T03:04:05.5"))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000));
        assertThat(IsoDateTimes.parse("2024-01-02T03:04:05+00:00"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    }

    @Test
    void subMicrosecondDigitsAreRefusedNotDropped() {
        assertThatThrownBy(() -> IsoDateTimes.format(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 1, ZoneOffset.UTC)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("microsecond resolution");
    }
}
