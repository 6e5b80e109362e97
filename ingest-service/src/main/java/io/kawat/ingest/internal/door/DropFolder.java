package io.kawat.ingest.internal.door;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import io.kawat.ingest.internal.pipeline.IngestOutcome;
import io.kawat.ingest.internal.pipeline.Ingestor;
import io.kawat.ingest.internal.source.SourceConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop folder: files are picked up atomically (renamed into {@code .work/}), ingested, then moved to
 * {@code processed/} or, when the document is refused, to {@code failed/} beside a {@code .reason.txt}. One bad file
 * never stops the others. Files left in {@code .work/} by a crash go back to the folder on start.
 *
 * <p>Whoever can write the folder is not trusted with anything else the service can reach: links are never followed
 * (a symbolic link is moved to {@code failed/} unread, KWT-3007), a file is opened with {@code NOFOLLOW_LINKS} and
 * read at most up to the cap from the opened channel, the sub-folders must be real directories before every move,
 * and reason files are created new, never through a link. A file is claimed only once its size and modification
 * time held still between two scans; names starting with a dot are never taken (upload as {@code .name.part},
 * then rename).
 */
public final class DropFolder {
    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    private final SourceConfig source;
    private final Sink ingestor;
    private final long maxBytes;
    private final Map<Path, List<Object>> lastSeen = new HashMap<>();

    /** Where a claimed file's bytes go (the ingestor; a recorder in tests). */
    @FunctionalInterface
    interface Sink {
        IngestOutcome ingest(byte[] raw, SourceConfig source, String feedId);
    }

    public DropFolder(SourceConfig source, Ingestor ingestor, long maxBytes) {
        this(source, maxBytes, (raw, s, feedId) -> ingestor.ingest(raw, null, s, feedId));
    }

    DropFolder(SourceConfig source, long maxBytes, Sink ingestor) {
        this.source = source;
        this.ingestor = ingestor;
        this.maxBytes = maxBytes;
        try {
            for (String sub : List.of(".work", "processed", "failed")) {
                Files.createDirectories(source.folder().resolve(sub));
                realDirectory(sub);
            }
            try (DirectoryStream<Path> interrupted = Files.newDirectoryStream(work())) {
                for (Path file : interrupted) {
                    Files.move(file, source.folder().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Drop folder " + source.folder() + " is not usable", e);
        }
    }

    /** Ingests every file waiting in the folder whose size and time held still since the last scan, oldest first. */
    public List<IngestOutcome> scan() throws IOException {
        for (String sub : List.of(".work", "processed", "failed")) {
            realDirectory(sub);
        }
        Map<Path, BasicFileAttributes> waiting = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(
                source.folder(), f -> !f.getFileName().toString().startsWith("."))) {
            for (Path f : files) {
                BasicFileAttributes attributes = Files.readAttributes(f, BasicFileAttributes.class, NOFOLLOW_LINKS);
                if (!attributes.isDirectory()) {
                    waiting.put(f, attributes);
                }
            }
        }
        List<Path> settled = new ArrayList<>();
        Map<Path, List<Object>> seen = new HashMap<>();
        waiting.forEach((file, attributes) -> {
            List<Object> mark = List.of(attributes.size(), attributes.lastModifiedTime());
            seen.put(file, mark);
            if (!attributes.isRegularFile() || mark.equals(lastSeen.get(file))) {
                settled.add(file);
            }
        });
        lastSeen.clear();
        lastSeen.putAll(seen);
        settled.sort(Comparator.comparing(f -> waiting.get(f).lastModifiedTime()));
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Path file : settled) {
            lastSeen.remove(file);
            outcomes.add(take(file, waiting.get(file).isRegularFile()));
        }
        return outcomes;
    }

    private IngestOutcome take(Path file, boolean regular) throws IOException {
        realDirectory(".work");
        Path claimed = work().resolve(file.getFileName());
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException takenByAnother) {
            return IngestOutcome.refused(source.id(), "KWT-3006", file.getFileName() + " was taken by another reader");
        }
        IngestOutcome outcome = regular
                ? read(claimed)
                : IngestOutcome.refused(
                        source.id(), "KWT-3007", "not a regular file (a link, device or pipe); not read");
        String target = outcome.documentRefused() ? "failed" : "processed";
        realDirectory(target);
        Path done = source.folder().resolve(target).resolve(file.getFileName());
        Files.move(claimed, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String reasons = reasons(outcome);
        if (!reasons.isEmpty()) {
            writeReason(done.resolveSibling(file.getFileName() + ".reason.txt"), reasons);
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

    /** Reads the claimed file through a channel opened without following links, never past the cap. */
    private IngestOutcome read(Path claimed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SeekableByteChannel channel = Files.newByteChannel(claimed, StandardOpenOption.READ, NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (channel.read(buffer.clear()) > 0) {
                bytes.write(buffer.array(), 0, buffer.position());
                if (bytes.size() > maxBytes) {
                    return IngestOutcome.refused(
                            source.id(), "KWT-3005", "file is over the limit of " + maxBytes + " bytes; not read");
                }
            }
        }
        return ingestor.ingest(bytes.toByteArray(), source, "drop:" + source.id());
    }

    /** Replaces an earlier reason file (never a link: it is removed, not followed), created new. */
    private static void writeReason(Path reason, String text) throws IOException {
        Files.deleteIfExists(reason);
        Files.writeString(
                reason, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private void realDirectory(String sub) throws IOException {
        Path dir = source.folder().resolve(sub);
        if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) {
            throw new IOException("drop folder " + source.id() + ": " + sub + "/ is not a real directory (a link?);"
                    + " nothing is moved into it");
        }
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
