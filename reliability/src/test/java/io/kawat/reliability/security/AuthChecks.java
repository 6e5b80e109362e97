package io.kawat.reliability.security;

import io.kawat.reliability.poison.PipelineRig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;

/**
 * Every write endpoint answered three times: without credentials, with wrong ones, with the right ones. Bearer tokens
 * for ingest and publish; for the console, the sign-in itself and then the session cookie it sets.
 */
final class AuthChecks {
    static final String WRONG = "Bearer wrong-token-0000";
    private final PipelineRig rig;
    private String consoleCookie;

    AuthChecks(PipelineRig rig) {
        this.rig = rig;
    }

    /** A row: check, target, result; {@code call} gets the Authorization (or Cookie) value, null for none. */
    static List<?> row(
            String target, int rightStatus, Function<String, HttpResponse<String>> call, String right, String wrong) {
        int missing = call.apply(null).statusCode();
        int wrongStatus = call.apply(wrong).statusCode();
        int rightAnswer = call.apply(right).statusCode();
        boolean ok = (missing == 401 || missing == 403)
                && (wrongStatus == 401 || wrongStatus == 403)
                && rightAnswer == rightStatus;
        return List.of(
                "write refused without / with a wrong credential, accepted with the right one",
                target,
                (ok ? "ok" : "FAILED") + ": missing " + missing + ", wrong " + wrongStatus + ", right " + rightAnswer
                        + " (expected 401/403, 401/403, " + rightStatus + ")");
    }

    List<?> ingestPush() {
        String url = rig.pipeline().ingestUrl() + "/ingest/security";
        String doc = PipelineRig.story("auth-push", "Porto bridge reopens to traffic", "");
        return row(
                "ingest POST /ingest/{sourceId}",
                202,
                auth -> send(url, auth, "application/rss+xml", doc),
                "Bearer " + PipelineRig.PUSH_TOKEN,
                WRONG);
    }

    List<?> publish(String action, String uri, String body) {
        String url = rig.pipeline().publishUrl() + "/api/articles/" + uri + "/" + action;
        return row(
                "publish POST /api/articles/{uri}/" + action,
                202,
                auth -> send(url, auth, "application/json", body),
                "Bearer " + PipelineRig.OPERATOR_TOKEN,
                WRONG);
    }

    /** Signing in to the console: the token travels in the JSON body. */
    List<?> consoleSignIn() {
        String url = rig.pipeline().consoleUrl() + "/api/session";
        Function<String, HttpResponse<String>> call = token -> {
            HttpResponse<String> answer = send(
                    url,
                    null,
                    "application/json",
                    token == null
                            ? "{\"operator\": \"rel-sec\"}"
                            : "{\"operator\": \"rel-sec\", \"token\": \"" + token + "\"}");
            answer.headers()
                    .firstValue("Set-Cookie")
                    .filter(c -> answer.statusCode() == 200)
                    .ifPresent(c -> consoleCookie = c.substring(0, c.indexOf(';')));
            return answer;
        };
        return row("console POST /api/session (sign-in)", 200, call, PipelineRig.OPERATOR_TOKEN, "wrong-token-0000");
    }

    /** A console action: no cookie, a forged session cookie, the signed-in session. */
    List<?> console(String path, String body, int rightStatus) {
        String url = rig.pipeline().consoleUrl() + path;
        return row(
                "console POST " + path.replaceAll("kawat:article:[^/]+", "{uri}"),
                rightStatus,
                cookie -> sendCookie(url, cookie, body),
                consoleCookie,
                "kawat_console_session=forged-session-id");
    }

    private HttpResponse<String> send(String url, String auth, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return rig.send(request);
    }

    private HttpResponse<String> sendCookie(String url, String cookie, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return rig.send(request);
    }
}
