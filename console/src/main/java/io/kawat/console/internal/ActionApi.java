package io.kawat.console.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.kawat.schemas.avro.AuditOutcome;
import io.kawat.schemas.avro.FeedAction;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a signed-in operator can do: pause, resume or poll a feed; replay dead letters; kill or correct an article.
 * Every request, allowed or not, is recorded on the audit log. Requests must be JSON (a cross-site form cannot send
 * that) and carry the session cookie (SameSite=Strict); without a session the answer is 401.
 */
final class ActionApi {
    private static final Logger log = LoggerFactory.getLogger(ActionApi.class);
    static final String ANONYMOUS = "anonymous";

    private final ConsoleParts parts;
    private final ObjectMapper json = new ObjectMapper();

    ActionApi(ConsoleParts parts) {
        this.parts = parts;
    }

    void register(Javalin app) {
        new SessionApi(parts.sessions(), parts.audit()).register(app);
        app.post("/api/feeds/{feedId}/{action}", this::feed);
        app.post("/api/dead-letters/{topic}/replay", this::replayOne);
        app.post("/api/dead-letters/{topic}/replay-all", this::replayAll);
        app.post("/api/articles/{uri}/kill", ctx -> article(ctx, "kill"));
        app.post("/api/articles/{uri}/correct", ctx -> article(ctx, "correct"));
    }

    private void feed(Context ctx) throws InterruptedException {
        String feedId = ctx.pathParam("feedId");
        FeedAction action = switch (ctx.pathParam("action")) {
            case "pause" -> FeedAction.PAUSE;
            case "resume" -> FeedAction.RESUME;
            case "poll-now" -> FeedAction.POLL_NOW;
            default -> null;
        };
        if (action == null) {
            answer(ctx, 404, "Feed actions are pause, resume and poll-now");
            return;
        }
        String name = "feed." + ctx.pathParam("action");
        Optional<String> operator = operator(ctx, name, feedId);
        if (operator.isEmpty()) {
            return;
        }
        if (!parts.feeds().knows(feedId)) {
            audited(ctx, operator.get(), name, feedId, AuditOutcome.FAILED, 404, "No feed " + feedId);
            return;
        }
        try {
            String commandId = parts.feedCommands().send(feedId, action, operator.get());
            String what = switch (action) {
                case PAUSE -> "Pause";
                case RESUME -> "Resume";
                case POLL_NOW -> "Poll now";
            };
            audited(
                    ctx,
                    operator.get(),
                    name,
                    feedId,
                    AuditOutcome.OK,
                    202,
                    what + " sent to " + feedId + " (command " + commandId + ")");
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            log.error("Feed command {} for {} failed: {}", action, feedId, e.toString());
            audited(
                    ctx,
                    operator.get(),
                    name,
                    feedId,
                    AuditOutcome.FAILED,
                    503,
                    "The command could not be sent; retry shortly");
        }
    }

    private void replayOne(Context ctx) {
        String topic = parts.deadLetters().topic(ctx.pathParam("topic"));
        JsonNode body = body(ctx);
        String target = (topic == null ? ctx.pathParam("topic") : topic) + "/"
                + body.path("partition").asInt(-1) + "/" + body.path("offset").asLong(-1);
        Optional<String> operator = operator(ctx, "dlq.replay", target);
        if (operator.isEmpty()) {
            return;
        }
        DeadLetter letter = topic == null
                ? null
                : parts.deadLetters()
                        .find(
                                topic,
                                body.path("partition").asInt(-1),
                                body.path("offset").asLong(-1));
        if (letter == null) {
            audited(ctx, operator.get(), "dlq.replay", target, AuditOutcome.FAILED, 404, "No such dead letter");
            return;
        }
        replay(ctx, operator.get(), "dlq.replay", letter.id(), "Replay " + letter.id(), List.of(letter));
    }

    private void replayAll(Context ctx) {
        String topic = parts.deadLetters().topic(ctx.pathParam("topic"));
        String target = topic == null ? ctx.pathParam("topic") : topic;
        Optional<String> operator = operator(ctx, "dlq.replay-all", target);
        if (operator.isEmpty()) {
            return;
        }
        List<DeadLetter> pending =
                topic == null ? List.of() : parts.deadLetters().pending(topic);
        if (pending.isEmpty()) {
            audited(ctx, operator.get(), "dlq.replay-all", target, AuditOutcome.FAILED, 409, "Nothing to replay");
            return;
        }
        replay(
                ctx,
                operator.get(),
                "dlq.replay-all",
                topic,
                "Replay " + pending.size() + " from " + ctx.pathParam("topic"),
                pending);
    }

    /** Queues a replay job; the audit is written when it ends. */
    private void replay(
            Context ctx, String operator, String action, String target, String title, List<DeadLetter> letters) {
        Jobs.Job job = parts.jobs()
                .submit(
                        title,
                        operator,
                        letters.size(),
                        j -> parts.replayer().replay(letters, (letter, ok) -> {
                            if (ok) {
                                parts.deadLetters().markReplayed(letter);
                            }
                            j.step(ok);
                        }),
                        j -> parts.audit()
                                .record(
                                        operator,
                                        action,
                                        target,
                                        "DONE".equals(j.state()) ? AuditOutcome.OK : AuditOutcome.FAILED,
                                        j.done() + " of " + letters.size() + " replayed"));
        ctx.status(202).json(Map.of("ok", true, "message", title + " queued", "job", job.view()));
    }

    private void article(Context ctx, String what) throws InterruptedException {
        String uri = ctx.pathParam("uri");
        String action = "article." + what;
        Optional<String> operator = operator(ctx, action, uri);
        if (operator.isEmpty()) {
            return;
        }
        JsonNode body = body(ctx);
        String note = text(body, what.equals("kill") ? "reason" : "note");
        if (note == null) {
            audited(
                    ctx,
                    operator.get(),
                    action,
                    uri,
                    AuditOutcome.FAILED,
                    400,
                    what.equals("kill") ? "Give a reason for the kill" : "Give a correction note");
            return;
        }
        try {
            PublishClient.Answer answer = what.equals("kill")
                    ? parts.publish().kill(uri, note, operator.get())
                    : parts.publish().correct(uri, note, text(body, "headline"), operator.get());
            String message = answer.ok()
                    ? (what.equals("kill") ? "Kill sent: " : "Correction sent: ") + note
                    : "The publish API refused (" + answer.status() + "): " + error(answer.body());
            audited(
                    ctx,
                    operator.get(),
                    action,
                    uri,
                    answer.ok() ? AuditOutcome.OK : AuditOutcome.FAILED,
                    answer.ok() ? 202 : answer.status(),
                    message);
        } catch (IOException e) {
            log.error("Publish API unreachable for {} of {}: {}", action, uri, e.toString());
            audited(ctx, operator.get(), action, uri, AuditOutcome.FAILED, 502, "The publish API did not answer");
        }
    }

    /** The signed-in operator; otherwise answers (415 or 401), records the refusal and returns empty. */
    private Optional<String> operator(Context ctx, String action, String target) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) {
            answer(ctx, 415, "Send JSON (Content-Type: application/json)");
            return Optional.empty();
        }
        Optional<String> operator = parts.sessions().operator(ctx.cookie(Sessions.COOKIE));
        if (operator.isEmpty()) {
            audited(ctx, ANONYMOUS, action, target, AuditOutcome.DENIED, 401, "Sign in with the operator token to act");
        }
        return operator;
    }

    private void audited(
            Context ctx,
            String operator,
            String action,
            String target,
            AuditOutcome outcome,
            int status,
            String message) {
        parts.audit().record(operator, action, target, outcome, message);
        answer(ctx, status, message);
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("ok", status < 300, "message", message));
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode node = json.readTree(ctx.body());
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank()
                ? null
                : value.asText().strip();
    }

    private String error(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node.path("error").asText(body);
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
