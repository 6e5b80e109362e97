package io.kawat.console.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The page itself: three files from the jar (no build step), served with a Content-Security-Policy that allows
 * nothing but this origin (no inline script, no third-party anything; article previews load in a sandboxed frame).
 */
final class WebAssets {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "render.js", "text/javascript; charset=utf-8",
            "pipeline.js", "text/javascript; charset=utf-8",
            "articles.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files = new HashMap<>();

    WebAssets() {
        TYPES.keySet().forEach(name -> files.put(name, load(name)));
    }

    void register(Javalin app) {
        app.get("/", ctx -> serve(ctx, "index.html"));
        app.get("/assets/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    }

    private void serve(Context ctx, String name) {
        byte[] body = files.get(name);
        if (body == null) {
            ctx.status(404).result("Not found");
            return;
        }
        ctx.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .contentType(TYPES.get(name))
                .result(body);
    }

    private static byte[] load(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("/io/kawat/console/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing console resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
