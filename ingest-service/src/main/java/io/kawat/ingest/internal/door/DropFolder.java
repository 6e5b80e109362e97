package io.kawat.ingest.internal.door;

import io.kawat.ingest.internal.pipeline.IngestOutcome;
import io.kawat.ingest.internal.pipeline.Ingestor;
import io.kawat.ingest.internal.source.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop folder: files are picked up atomically (renamed into {@code .work/}), ingested, then moved to
 * {@code processed/} or, when the document is refused, to {@code failed/} beside a {@code .reason.txt}. One bad file
 * never stops the others. Files left in {@code .work/} by a crash go back to the folder on start.
 */
public final class DropFolder {
    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    private final SourceConfig source;
    private final Ingestor ingestor;
    private final long maxBytes;

    public DropFolder(SourceConfig source, Ingestor ingestor, long maxBytes) {
        this.source = source;
        this.ingestor = ingestor;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(work());
            Files.createDirectories(source.folder().resolve("processed"));
            Files.createDirectories(source.folder().resolve("failed"));
            try (DirectoryStream<Path> interrupted = Files.newDirectoryStream(work())) {
                for (Path file : interrupted) {
                    Files.move(file, source.folder().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Drop folder " + source.folder() + " is not usable", e);
        }
    }

    /** Ingests every file waiting in the folder, oldest first; returns the outcomes. */
    public List<IngestOutcome> scan() throws IOException {
        List<Path> waiting = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(
                source.folder(),
                f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))) {
            files.forEach(waiting::add);
        }
        waiting.sort(
                (a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Path file : waiting) {
            outcomes.add(take(file));
        }
        return outcomes;
    }

    private IngestOutcome take(Path file) throws IOException {
        Path claimed = work().resolve(file.getFileName());
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException takenByAnother) {
            return IngestOutcome.refused(source.id(), "KWT-3006", file.getFileName() + " was taken by another reader");
        }
        IngestOutcome outcome = Files.size(claimed) > maxBytes
                ? IngestOutcome.refused(
                        source.id(),
                        "KWT-3005",
                        "file of " + Files.size(claimed) + " bytes is over the limit of " + maxBytes)
                : ingestor.ingest(Files.readAllBytes(claimed), null, source, "drop:" + source.id());
        String target = outcome.documentRefused() ? "failed" : "processed";
        Path done = source.folder().resolve(target).resolve(file.getFileName());
        Files.move(claimed, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String reasons = reasons(outcome);
        if (!reasons.isEmpty()) {
            Files.writeString(done.resolveSibling(file.getFileName() + ".reason.txt"), reasons, StandardCharsets.UTF_8);
        }
        log.info(
                "Drop folder {}: {} -> {} ({} accepted, {} refused)",
                source.id(),
                file.getFileName(),
                target,
                outcome.accepted().size(),
                outcome.refusedCount());
        return outcome;
    }

    private static String reasons(IngestOutcome outcome) {
        List<IngestOutcome.Rejection> all = new ArrayList<>(outcome.rejected());
        if (outcome.error() != null) {
            all.add(0, outcome.error());
        }
        return all.stream()
                .map(r -> r.code() + " " + (r.index() >= 0 ? "item " + r.index() + " " : "")
                        + (r.guid() != null ? "(" + r.guid() + ") " : "") + r.message())
                .collect(Collectors.joining("\n"));
    }

    private Path work() {
        return source.folder().resolve(".work");
    }
}
