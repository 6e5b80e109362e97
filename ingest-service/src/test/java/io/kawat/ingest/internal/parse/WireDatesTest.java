package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Tue, 17 Feb 2026 18:55:33 GMT|2026-02-17T18:55:33Z",
                "Tue, 17 Feb 2026 20:01:20 +0500|2026-02-17T15:01:20Z",
                "Mon, 06 Jan 2025 09:00:00 EST|2025-01-06T14:00:00Z",
                "Sun, 6 Jul 2025 09:00 PDT|2025-07-06T16:00:00Z",
                "17 Feb 26 18:55:33 UT|2026-02-17T18:55:33Z",
                "Wed, 18 Feb 2026 11:13:55 +0900|2026-02-18T02:13:55Z",
                "2014-07-16T13:00:03.000Z|2014-07-16T13:00:03Z",
                "2022-10-11T11:14:42+02:00|2022-10-11T09:14:42Z",
                "2019-03-25T08:54:09+0000|2019-03-25T08:54:09Z",
                "2016-01-12 12:35:40|2016-01-12T12:35:40Z",
                "2018-10-12T06:42:04Z |2018-10-12T06:42:04Z",
                "20140926T102700+0000|2014-09-26T10:27:00Z",
                "20190723T202119+0900|2019-07-23T11:21:19Z",
                "20020225T143000-0500|2002-02-25T19:30:00Z",
                "20151210T191044Z|2015-12-10T19:10:44Z",
                "20190121|2019-01-21T00:00:00Z"
            })
    void shouldNormaliseInstantAndKeepOriginalWhenDateIsInAWireForm(String text, String expected) {
        ZonedTime time = WireDates.parse(text).orElseThrow();

        assertThat(time.getEpochMillis()).isEqualTo(Instant.parse(expected));
        assertThat(time.getOriginal()).isEqualTo(text.trim());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "yesterday",
                "32 Feb 2026 10:00:00 GMT",
                "Tue, 17 Feb 2026 18:55:33 XYZ",
                "2026-13-01T00:00:00Z",
                "2026-02-17T25:00:00Z",
                "20261301T000000Z"
            })
    void shouldReturnEmptyWhenDateIsUnreadable(String text) {
        assertThat(WireDates.parse(text)).isEmpty();
    }
}
