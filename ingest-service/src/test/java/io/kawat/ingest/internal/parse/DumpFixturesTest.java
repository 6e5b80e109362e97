package io.kawat.ingest.internal.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DumpFixturesTest {
    @Test
    void dump() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(WireFixtures.root())) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = WireFixtures.root().relativize(p).toString();
                if (rel.endsWith(".md")) continue;
                try {
                    ParsedDocument d = new WireParsers(ParseLimits.defaults()).parse(Files.readAllBytes(p), null, WireFixtures.CTX);
                    sb.append("##### ").append(rel).append(" ").append(d.format()).append(" title=").append(d.title())
                      .append(" stories=").append(d.stories().size()).append(" rejections=").append(d.rejections()).append('\n');
                    int i = 0;
                    for (var s : d.stories()) {
                        if (i++ >= 2) break;
                        String body = s.getBodyText();
                        sb.append("  guid=").append(s.getProviderGuid()).append(" v=").append(s.getProviderVersion())
                          .append(" st=").append(s.getPubStatus()).append(" sig=").append(s.getSignals()).append(" urg=").append(s.getUrgency())
                          .append("\n  first=").append(s.getFirstCreated()).append(" ver=").append(s.getVersionCreated()).append(" emb=").append(s.getEmbargoedUntil())
                          .append("\n  headline=").append(s.getHeadline())
                          .append("\n  standfirst=").append(s.getStandfirst() == null ? null : s.getStandfirst().substring(0, Math.min(120, s.getStandfirst().length())))
                          .append("\n  byline=").append(s.getByline()).append(" dateline=").append(s.getDateline()).append(" lang=").append(s.getLanguage()).append(" url=").append(s.getUrl())
                          .append("\n  subjects=").append(s.getSubjects().size() > 6 ? s.getSubjects().subList(0, 6) + "...(" + s.getSubjects().size() + ")" : s.getSubjects())
                          .append(" categories=").append(s.getCategories().size() > 6 ? s.getCategories().subList(0, 6) + "..." : s.getCategories())
                          .append("\n  media=").append(s.getMedia())
                          .append("\n  text=").append(body.length() > 300 ? body.substring(0, 300).replace("\n", "\\n") : body.replace("\n", "\\n"))
                          .append("\n  html=").append(s.getBodyHtml().length() > 200 ? s.getBodyHtml().substring(0, 200) : s.getBodyHtml()).append("\n");
                    }
                } catch (Exception e) {
                    sb.append("##### ").append(rel).append(" FAILED ").append(e).append('\n');
                }
            }
        }
        Files.writeString(Path.of("/tmp/fixture-dump.txt"), sb.toString());
    }
}
