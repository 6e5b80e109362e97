package io.kawat.ingest.internal.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.ingest.internal.pipeline.IngestOutcome;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder against someone who can write the folder (links, swapped sub-folders, files still uploading). */
class DropFolderTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

    @TempDir
    Path home;

    private Path inbox;
    private Path outside;
    private final List<byte[]> read = new ArrayList<>();
    private DropFolder folder;

    @BeforeEach
    void setUp() throws Exception {
        inbox = Files.createDirectories(home.resolve("inbox"));
        outside = Files.createDirectories(home.resolve("service-home"));
        Files.writeString(outside.resolve("secrets.properties"), SECRET);
        SourceConfig source = new SourceConfig(
                "drop", "Drop", SourceType.FOLDER, null, inbox, Duration.ZERO, "en", null, true, false, Map.of());
        folder = new DropFolder(source, 64, (raw, src, feed) -> {
            read.add(raw);
            return new String(raw, StandardCharsets.UTF_8).startsWith("bad")
                    ? IngestOutcome.refused(src.id(), "KWT-2001", "binary content, not a wire format")
                    : new IngestOutcome(src.id(), "Drop", "RSS", List.of("drop:1"), List.of(), List.of(), null);
        });
    }

    /** Two scans: a file is claimed once its size and modification time held still between them. */
    private List<IngestOutcome> settleAndScan() throws Exception {
        List<IngestOutcome> outcomes = new ArrayList<>(folder.scan());
        outcomes.addAll(folder.scan());
        return outcomes;
    }

    private static void age(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void shouldRefuseASymbolicLinkWithoutReadingOrQuotingItsTarget() throws Exception {
        Files.createSymbolicLink(inbox.resolve("passwd.xml"), outside.resolve("secrets.properties"));

        List<IngestOutcome> outcomes = settleAndScan();

        assertThat(read).isEmpty();
        assertThat(outcomes)
                .singleElement()
                .satisfies(o -> assertThat(o.error().code()).isEqualTo("KWT-3007"));
        Path reason = inbox.resolve("failed/passwd.xml.reason.txt");
        assertThat(Files.readString(reason)).contains("KWT-3007").doesNotContain("root:");
        assertThat(Files.isSymbolicLink(inbox.resolve("failed/passwd.xml"))).isTrue();
        assertThat(Files.readString(outside.resolve("secrets.properties"))).isEqualTo(SECRET);
    }

    @Test
    void shouldNeverMoveIntoASubFolderReplacedByALink() throws Exception {
        Path failed = inbox.resolve("failed");
        Files.delete(failed);
        Files.createSymbolicLink(failed, outside);
        Path bad = Files.writeString(inbox.resolve("secrets.properties"), "bad bytes");
        age(bad);

        assertThatThrownBy(this::settleAndScan).hasMessageContaining("failed/ is not a real directory");

        assertThat(Files.readString(outside.resolve("secrets.properties"))).isEqualTo(SECRET);
        assertThat(outside.resolve("secrets.properties.reason.txt")).doesNotExist();
        assertThat(bad).as("left where it was dropped").exists();
    }

    @Test
    void shouldNotFollowALinkPlantedAsTheReasonFile() throws Exception {
        Files.createSymbolicLink(inbox.resolve("failed/feed.xml.reason.txt"), outside.resolve("secrets.properties"));
        age(Files.writeString(inbox.resolve("feed.xml"), "bad bytes"));

        settleAndScan();

        assertThat(Files.readString(outside.resolve("secrets.properties"))).isEqualTo(SECRET);
        assertThat(inbox.resolve("failed/feed.xml")).exists();
    }

    @Test
    void shouldReadAtMostTheCapFromTheOpenedFile() throws Exception {
        age(Files.write(inbox.resolve("big.xml"), new byte[65]));

        List<IngestOutcome> outcomes = settleAndScan();

        assertThat(read).isEmpty();
        assertThat(outcomes)
                .singleElement()
                .satisfies(o -> assertThat(o.error().code()).isEqualTo("KWT-3005"));
    }

    @Test
    void shouldNotClaimAFileWhileItIsStillBeingWritten() throws Exception {
        Path file = inbox.resolve("upload.xml");
        Files.writeString(file, "<rss>");
        assertThat(folder.scan()).isEmpty();
        Files.writeString(file, "<rss><channel>", java.nio.file.StandardOpenOption.APPEND);
        assertThat(folder.scan()).as("grew since the last scan").isEmpty();

        List<IngestOutcome> outcomes = folder.scan();

        assertThat(outcomes).hasSize(1);
        assertThat(new String(read.get(0), StandardCharsets.UTF_8)).isEqualTo("<rss><rss><channel>");
        assertThat(inbox.resolve("processed/upload.xml")).exists();
    }

    @Test
    void shouldScanFolderSourcesAtTheFolderScanIntervalNotThePollInterval() {
        SourceConfig folderSource = new SourceConfig(
                "drop",
                "Drop",
                SourceType.FOLDER,
                null,
                inbox,
                Duration.ofMinutes(5),
                "en",
                null,
                true,
                false,
                Map.of());
        SourceConfig httpSource = new SourceConfig(
                "feed",
                "Feed",
                SourceType.HTTP,
                java.net.URI.create("http://127.0.0.1/"),
                null,
                Duration.ofMinutes(5),
                "en",
                null,
                true,
                false,
                Map.of());

        assertThat(FeedScheduler.interval(folderSource, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(FeedScheduler.interval(httpSource, Duration.ofSeconds(2))).isEqualTo(Duration.ofMinutes(5));
        assertThat(Files.isDirectory(inbox.resolve("processed"), LinkOption.NOFOLLOW_LINKS))
                .isTrue();
    }
}
