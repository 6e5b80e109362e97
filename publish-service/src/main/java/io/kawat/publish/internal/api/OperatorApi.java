package io.kawat.publish.internal.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.kawat.platform.http.Tokens;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleAction;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.PubStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator write operations on the publish API, each behind {@code Authorization: Bearer <security.operator-token>}
 * (an empty configured token refuses every write):
 * <ul>
 *   <li>{@code POST /api/articles/{uri}/kill} {@code {"reason": "..."}}: withdraws every edition of the cluster;</li>
 *   <li>{@code POST /api/articles/{uri}/correct} {@code {"note": "...", "headline": "..."}}: a new version with
 *       the correction note (and headline);</li>
 *   <li>{@code POST /api/articles/{uri}/resend}: re-delivers the latest version to webhook subscribers.</li>
 * </ul>
 * The write is an {@code ArticleCommand} on {@code publish.commands.v1}, applied by the publish topology; the answer
 * is 202 with the command id once the broker has it. 401 for a missing or wrong token, 404 for an unknown article,
 * 400 for a bad body, 409 for a correction of a withdrawn article, 503 when the command could not be queued. The
 * optional {@code X-Kawat-Operator} header names the operator in the audit log; the token is never logged.
 */
public final class OperatorApi {
    static final String OPERATOR_HEADER = "X-Kawat-Operator";
    private static final Logger log = LoggerFactory.getLogger(OperatorApi.class);

    private final String token;
    private final Function<String, Article> latest;
    private final CommandPublisher commands;
    private final Clock clock;

    /** {@code latest} answers the latest published version of an article uri, or null. */
    public OperatorApi(String token, Function<String, Article> latest, CommandPublisher commands, Clock clock) {
        this.token = token;
        this.latest = latest;
        this.commands = commands;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.post("/api/articles/{id}/kill", ctx -> handle(ctx, ArticleAction.KILL));
        app.post("/api/articles/{id}/correct", ctx -> handle(ctx, ArticleAction.CORRECT));
        app.post("/api/articles/{id}/resend", ctx -> handle(ctx, ArticleAction.RESEND));
    }

    private void handle(Context ctx, ArticleAction action) throws InterruptedException {
        if (!Tokens.bearerMatches(ctx.header("Authorization"), token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            ApiError.UNAUTHORIZED.send(
                    ctx,
                    token == null || token.isEmpty()
                            ? "operator writes are disabled: security.operator-token is not set"
                            : "a valid operator token is required (Authorization: Bearer <security.operator-token>)");
            return;
        }
        String uri = ctx.pathParam("id");
        Article article = latest.apply(uri);
        if (article == null) {
            ApiError.NOT_FOUND.send(ctx, "no article " + uri);
            return;
        }
        OperatorRequest request;
        try {
            request = OperatorRequest.parse(action, ctx.body());
        } catch (OperatorRequest.BadRequestException e) {
            ApiError.BAD_BODY.send(ctx, e.getMessage());
            return;
        }
        String operator = operator(ctx.header(OPERATOR_HEADER));
        if (operator == null) {
            ApiError.BAD_BODY.send(ctx, OPERATOR_HEADER + " must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
            return;
        }
        if (action == ArticleAction.CORRECT && article.getPubStatus() == PubStatus.CANCELED) {
            ApiError.CONFLICT.send(ctx, uri + " is withdrawn; a withdrawn article is not corrected");
            return;
        }
        ArticleCommand command = ArticleCommand.newBuilder()
                .setUri(uri)
                .setAction(action)
                .setNote(request.note())
                .setHeadline(request.headline())
                .setOperator(operator)
                .setIssuedAt(clock.instant())
                .setCommandId(UUID.randomUUID().toString())
                .build();
        try {
            commands.send(command);
        } catch (IllegalStateException e) {
            log.error("Operator {} {} of {} failed: {}", operator, action, uri, e.getMessage());
            ApiError.NOT_READY.send(ctx, "the command could not be queued; retry shortly");
            return;
        }
        log.info("Operator {} issued {} of {} (command {})", operator, action, uri, command.getCommandId());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", 202);
        answer.put("commandId", command.getCommandId());
        answer.put("action", action.name().toLowerCase(Locale.ROOT));
        answer.put("uri", uri);
        ctx.status(202).json(answer);
    }

    /** The operator's name from the header, "operator" when absent, null when it is not a safe name. */
    private static String operator(String header) {
        if (header == null || header.isBlank()) {
            return "operator";
        }
        String name = header.strip();
        return name.matches("[A-Za-z0-9._@-]{1,64}") ? name : null;
    }
}
