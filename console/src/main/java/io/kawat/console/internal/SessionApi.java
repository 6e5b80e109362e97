package io.kawat.console.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.kawat.schemas.avro.AuditOutcome;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out: {@code POST /api/session {"operator": name, "token": operator token}} sets the session cookie
 * (HttpOnly, SameSite=Strict); {@code DELETE /api/session} ends it; {@code GET /api/session} says who is signed in.
 * Attempts are audited; the token is never logged, stored or sent back.
 */
final class SessionApi {
    private final Sessions sessions;
    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    SessionApi(Sessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    void register(Javalin app) {
        app.get("/api/session", this::status);
        app.post("/api/session", this::signIn);
        app.delete("/api/session", this::signOut);
    }

    private void status(Context ctx) {
        Optional<String> operator = sessions.operator(ctx.cookie(Sessions.COOKIE));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("signedIn", operator.isPresent());
        answer.put("operator", operator.orElse(null));
        answer.put("signInEnabled", sessions.enabled());
        ctx.json(answer);
    }

    private void signIn(Context ctx) {
        JsonNode body = body(ctx);
        String operator = body.path("operator").asText("").strip();
        String auditName = Sessions.validName(operator) ? operator : ActionApi.ANONYMOUS;
        if (ctx.contentType() == null || !ctx.contentType().startsWith("application/json")) {
            ctx.status(415).json(Map.of("ok", false, "message", "Send JSON (Content-Type: application/json)"));
            return;
        }
        try {
            String id = sessions.signIn(operator, body.path("token").asText(null));
            ctx.header(
                    "Set-Cookie",
                    Sessions.COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                            + sessions.cookieMaxAgeSeconds());
            audit.record(operator, "session.sign-in", "", AuditOutcome.OK, null);
            ctx.json(Map.of("ok", true, "message", "Signed in as " + operator, "operator", operator));
        } catch (Sessions.RefusedException e) {
            audit.record(auditName, "session.sign-in", "", AuditOutcome.DENIED, e.getMessage());
            ctx.status(sessions.enabled() ? 401 : 403).json(Map.of("ok", false, "message", e.getMessage()));
        }
    }

    private void signOut(Context ctx) {
        String id = ctx.cookie(Sessions.COOKIE);
        Optional<String> operator = sessions.operator(id);
        sessions.signOut(id);
        operator.ifPresent(name -> audit.record(name, "session.sign-out", "", AuditOutcome.OK, null));
        ctx.header("Set-Cookie", Sessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.json(Map.of("ok", true, "message", "Signed out"));
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode node = json.readTree(ctx.body());
            return node == null || !node.isObject() ? json.createObjectNode() : node;
        } catch (IOException notJson) {
            return json.createObjectNode(); // refused below as a sign-in without a name or token
        }
    }
}
