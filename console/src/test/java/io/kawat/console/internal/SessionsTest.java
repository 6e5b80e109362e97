package io.kawat.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private static final String TOKEN = "s3cret-operator-token";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-23T08:00:00Z"));
    private final Sessions sessions = new Sessions(TOKEN, Duration.ofHours(1), clock);

    @Test
    void shouldOpenASessionForTheOperatorWhenTheTokenIsRight() throws Exception {
        String id = sessions.signIn("dewi", TOKEN);

        assertThat(id).hasSize(64).doesNotContain(TOKEN);
        assertThat(sessions.operator(id)).contains("dewi");
    }

    @Test
    void shouldRefuseWithoutSayingTheTokenWhenItIsWrong() {
        assertThatThrownBy(() -> sessions.signIn("dewi", "guess"))
                .isInstanceOf(Sessions.RefusedException.class)
                .hasMessage("Wrong operator token");
        assertThatThrownBy(() -> sessions.signIn("dewi", null)).isInstanceOf(Sessions.RefusedException.class);
        assertThatThrownBy(() -> sessions.signIn("dewi", TOKEN + "x")).isInstanceOf(Sessions.RefusedException.class);
    }

    @Test
    void shouldRefuseEverySignInWhenNoTokenIsConfigured() {
        Sessions readOnly = new Sessions("", Duration.ofHours(1), clock);

        assertThat(readOnly.enabled()).isFalse();
        assertThatThrownBy(() -> readOnly.signIn("dewi", ""))
                .isInstanceOf(Sessions.RefusedException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void shouldRefuseANameTheAuditLogCouldNotCarryWhenSigningIn() {
        assertThatThrownBy(() -> sessions.signIn("dewi <script>", TOKEN))
                .isInstanceOf(Sessions.RefusedException.class)
                .hasMessageContaining("name");
        assertThat(Sessions.validName("ops.desk@kawat")).isTrue();
        assertThat(Sessions.validName("")).isFalse();
    }

    @Test
    void shouldEndASessionWhenItExpiresOrTheOperatorSignsOut() throws Exception {
        String expiring = sessions.signIn("dewi", TOKEN);
        String leaving = sessions.signIn("budi", TOKEN);

        sessions.signOut(leaving);
        assertThat(sessions.operator(leaving)).isEmpty();
        assertThat(sessions.operator(expiring)).contains("dewi");

        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(sessions.operator(expiring)).isEmpty();
        assertThat(sessions.operator(null)).isEmpty();
        assertThat(sessions.operator("not-a-session")).isEmpty();
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
