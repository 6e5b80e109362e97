package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class JsonHttpTest {

    @Test
    void shouldParseRetryAfterInSecondsOrAsHttpDate() {
        assertThat(JsonHttp.parseRetryAfter("120")).contains(Duration.ofSeconds(120));
        String inTenMinutes =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(10));
        assertThat(JsonHttp.parseRetryAfter(inTenMinutes))
                .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10)));
        assertThat(JsonHttp.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(JsonHttp.parseRetryAfter("soon")).isEmpty();
    }

    @Test
    void shouldKeepBasePathWhenBuildingEndpoints() {
        assertThat(JsonHttp.endpoint(URI.create("http://127.0.0.1:5000/libre/"), "/translate"))
                .isEqualTo(URI.create("http://127.0.0.1:5000/libre/translate"));
        assertThat(JsonHttp.endpoint(URI.create("https://api.deepl.com"), "/v2/translate"))
                .isEqualTo(URI.create("https://api.deepl.com/v2/translate"));
    }
}
