package io.kawat.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.platform.streams.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterBoardTest {
    private static final String DLQ = "it-3.news.enriched.v1.dlq.v1";
    private final DeadLetterBoard board = new DeadLetterBoard(List.of(DLQ, "it-3.wire.stories.v1.dlq.v1"), "it-3.", 2);

    @Test
    void shouldReadTheReasonAndOriginFromTheDeadLetterHeadersWhenARecordArrives() {
        DeadLetter letter = letter(7);

        assertThat(letter.reason()).isEqualTo("Unknown magic byte 7");
        assertThat(letter.stage()).isEqualTo("publish-decode");
        assertThat(letter.errorClass()).isEqualTo("io.kawat.schemas.serde.CorruptPayloadException");
        assertThat(letter.origin()).isEqualTo("it-3.news.enriched.v1");
        assertThat(letter.originPosition()).isEqualTo("it-3.news.enriched.v1/1/41");
        assertThat(letter.id()).isEqualTo(DLQ + "/0/7");
        assertThat(letter.view("it-3.", false))
                .containsEntry("origin", "news.enriched.v1")
                .containsEntry("originPosition", "news.enriched.v1/1/41")
                .containsEntry("key", "afp:story-7");
    }

    @Test
    void shouldCountEveryRecordButKeepOnlyTheNewestWhenManyArrive() {
        board.apply(letter(1));
        board.apply(letter(2));
        board.apply(letter(3));

        assertThat(board.summaries().get(0))
                .containsEntry("topic", "news.enriched.v1.dlq.v1")
                .containsEntry("origin", "news.enriched.v1")
                .containsEntry("count", 3L)
                .containsEntry("pending", 2L)
                .containsEntry("latestReason", "Unknown magic byte 3");
        assertThat(board.letters(DLQ, 10)).extracting(m -> m.get("offset")).containsExactly(3L, 2L);
        assertThat(board.summaries().get(1)).containsEntry("count", 0L);
    }

    @Test
    void shouldLeaveReplayedRecordsOutOfWhatIsPendingWhenMarked() {
        board.apply(letter(1));
        board.apply(letter(2));

        board.markReplayed(board.find(DLQ, 0, 1));

        assertThat(board.pending(DLQ)).extracting(DeadLetter::offset).containsExactly(2L);
        assertThat(board.letters(DLQ, 10)).extracting(m -> m.get("replayed")).containsExactly(false, true);
        assertThat(board.find(DLQ, 0, 99)).isNull();
    }

    @Test
    void shouldNameOnlyItsOwnDeadLetterTopicsWhenAskedByShownName() {
        assertThat(board.topic("news.enriched.v1.dlq.v1")).isEqualTo(DLQ);
        assertThat(board.topic("news.enriched.v1")).isNull();
        assertThat(board.topic("../secrets")).isNull();
    }

    @Test
    void shouldDeriveTheOriginFromTheNameAndRefuseOtherTopicsWhenReplaying() {
        assertThat(DeadLetter.originOf("wire.stories.v1.dlq.v1")).isEqualTo("wire.stories.v1");
        assertThatThrownBy(() -> DeadLetter.originOf("wire.stories.v1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static DeadLetter letter(long offset) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetters.REASON, bytes("Unknown magic byte " + offset));
        headers.add(DeadLetters.ERROR_CLASS, bytes("io.kawat.schemas.serde.CorruptPayloadException"));
        headers.add(DeadLetters.STAGE, bytes("publish-decode"));
        headers.add(DeadLetters.SOURCE_TOPIC, bytes("it-3.news.enriched.v1"));
        headers.add(DeadLetters.SOURCE_PARTITION, bytes("1"));
        headers.add(DeadLetters.SOURCE_OFFSET, bytes("41"));
        return DeadLetter.of(DLQ, 0, offset, "afp:story-" + offset, 1_774_253_700_000L, 12, headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
