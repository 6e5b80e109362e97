package io.kawat.reliability.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.reliability.hostile.HostileCase.Door;
import io.kawat.reliability.hostile.HostileCase.Expectation;
import io.kawat.schemas.avro.WireStory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One case while it runs: its source, the door's answer once it came, and the verdict. */
final class CaseRun {
    final HostileCase hostile;
    String source;
    String file;
    private String answer;
    private String code;
    private int status;

    CaseRun(HostileCase hostile, String source) {
        this.hostile = hostile;
        this.source = source;
    }

    void answer(int httpStatus, String body) {
        this.status = httpStatus;
        this.answer = httpStatus + " " + body;
        this.code = body.contains("KWT-") ? body.substring(body.indexOf("KWT-"), body.indexOf("KWT-") + 8) : null;
    }

    /** Reads the answer of a feed or drop-folder case; true once there is one. */
    boolean outcome(IngestRig rig, Path inbox) {
        try {
            if (hostile.door() == Door.FEED) {
                JsonNode feed = rig.feeds().get(source);
                if (feed == null
                        || feed.path("lastPoll").isNull()
                        || feed.path("lastPoll").isMissingNode()) {
                    return false;
                }
                code = feed.path("errorCode").isNull()
                        ? null
                        : feed.path("errorCode").asText();
                answer = feed.path("state").asText()
                        + (code == null
                                ? ""
                                : " " + code + " (HTTP "
                                        + feed.path("httpStatus").asText() + "): "
                                        + feed.path("errorMessage").asText());
            } else if (hostile.door() == Door.FOLDER) {
                String outcome = IngestRig.folderOutcome(inbox, file);
                if (outcome == null) {
                    return false;
                }
                answer = outcome.equals("processed")
                        ? "moved to processed/"
                        : "failed/" + file + ".reason.txt: " + outcome;
                code = outcome.contains("KWT-")
                        ? outcome.substring(outcome.indexOf("KWT-"), outcome.indexOf("KWT-") + 8)
                        : null;
            }
            return answer != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean keptPresent(Map<String, WireStory> stories) {
        return hostile.expect().kept().keySet().stream().allMatch(guid -> stories.containsKey(source + ":" + guid));
    }

    /** The figures row: door, case, answer, good items kept, result ("ok" or what differed). */
    List<?> evaluate(Map<String, WireStory> stories) {
        Expectation expect = hostile.expect();
        List<String> problems = new ArrayList<>();
        if (answer == null) {
            problems.add("no answer");
        } else {
            if (hostile.door() == Door.PUSH && status != expect.status()) {
                problems.add("status " + status + " instead of " + expect.status());
            }
            if (!java.util.Objects.equals(code, expect.code())) {
                problems.add("code " + code + " instead of " + expect.code());
            }
        }
        int kept = 0;
        List<String> decoded = new ArrayList<>();
        for (Map.Entry<String, String> want : expect.kept().entrySet()) {
            WireStory story = stories.get(source + ":" + want.getKey());
            if (story == null) {
                problems.add(want.getKey() + " missing");
                continue;
            }
            kept++;
            if (want.getValue().isEmpty()) {
                decoded.add("headline '" + story.getHeadline() + "'");
            } else if (!want.getValue().equals(story.getHeadline())) {
                problems.add("headline '" + story.getHeadline() + "'");
            }
            String text = story.getHeadline() + " " + story.getBodyHtml() + " " + story.getBodyText();
            expect.forbidden().stream()
                    .filter(f -> text.toLowerCase(java.util.Locale.ROOT).contains(f))
                    .forEach(f -> problems.add("kept '" + f + "'"));
        }
        String keptText = expect.kept().isEmpty()
                ? "—"
                : kept + " of " + expect.kept().size() + (expect.forbidden().isEmpty() ? "" : ", sanitised")
                        + (decoded.isEmpty() ? "" : ", " + decoded);
        String shown = answer == null ? "none" : answer.length() > 160 ? answer.substring(0, 160) + "…" : answer;
        return List.of(door(), hostile.name(), shown, keptText, problems.isEmpty() ? "ok" : "FAILED: " + problems);
    }

    private String door() {
        return switch (hostile.door()) {
            case PUSH -> "push";
            case FEED -> "feed";
            case FOLDER -> "drop folder";
        };
    }
}
