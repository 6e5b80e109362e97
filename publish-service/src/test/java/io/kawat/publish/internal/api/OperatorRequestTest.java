package io.kawat.publish.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.schemas.avro.ArticleAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorRequestTest {

    @Test
    void shouldTakeTheReasonWhenAKillHasOne() throws Exception {
        assertThat(OperatorRequest.parse(ArticleAction.KILL, "{\"reason\": \"  legal hold \"}"))
                .isEqualTo(new OperatorRequest("legal hold", null));
    }

    @Test
    void shouldTakeTheNoteAndTheOptionalHeadlineWhenACorrectionHasThem() throws Exception {
        assertThat(OperatorRequest.parse(ArticleAction.CORRECT, "{\"note\": \"Fixed the minister's name.\"}"))
                .isEqualTo(new OperatorRequest("Fixed the minister's name.", null));
        assertThat(OperatorRequest.parse(ArticleAction.CORRECT, "{\"note\": \"n\", \"headline\": \"New headline\"}"))
                .isEqualTo(new OperatorRequest("n", "New headline"));
    }

    @Test
    void shouldIgnoreTheBodyWhenResending() throws Exception {
        assertThat(OperatorRequest.parse(ArticleAction.RESEND, "")).isEqualTo(new OperatorRequest(null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "KILL    | ''                                  | a JSON object body is required",
                "KILL    | not json                            | the body is not valid JSON",
                "KILL    | [1, 2]                              | the body must be a JSON object",
                "KILL    | {}                                  | 'reason' is required",
                "KILL    | {\"reason\": \"  \"}                | 'reason' must be a non-blank string",
                "KILL    | {\"reason\": 42}                    | 'reason' must be a non-blank string",
                "KILL    | {\"reson\": \"typo\"}               | unknown field 'reson'; expected reason",
                "CORRECT | {\"headline\": \"only a headline\"} | 'note' is required",
                "CORRECT | {\"note\": \"n\", \"headline\": \"\"} | 'headline' must be a non-blank string",
            })
    void shouldRefuseTheBodyWhenItIsNotWhatTheActionNeeds(ArticleAction action, String body, String message) {
        assertThatThrownBy(() -> OperatorRequest.parse(action, body))
                .isInstanceOf(OperatorRequest.BadRequestException.class)
                .hasMessage(message);
    }

    @Test
    void shouldRefuseANoteWhenItIsLongerThanTheCap() {
        String body = "{\"note\": \"" + "x".repeat(OperatorRequest.MAX_NOTE + 1) + "\"}";

        assertThatThrownBy(() -> OperatorRequest.parse(ArticleAction.CORRECT, body))
                .hasMessage("'note' is longer than 2000 characters");
    }
}
