package io.kawat.training.ner;

import io.kawat.enrich.internal.entity.EntityExtractor;
import io.kawat.enrich.internal.entity.Recogniser;
import io.kawat.platform.SuppressForbidden;
import io.kawat.schemas.avro.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the old rule-based recogniser, the learned model alone and the shipped combination (model + gazetteer
 * linker) on the held-out NER test splits and writes {@code docs/quality-entities.md}. Run from the repository root:
 * {@code mvn -B -q -ntp -pl training -am compile exec:java -Dexec.mainClass=io.kawat.training.ner.EvaluateEntities}.
 */
@SuppressForbidden(reason = "a command-line tool: its report goes to the terminal")
public final class EvaluateEntities {

    static final Set<String> TYPES = Set.of("PERSON", "ORGANISATION", "PLACE");

    private EvaluateEntities() {}

    /** Something that finds typed spans in a text of a language. */
    interface System {
        List<NerScore.Item> find(String text, String language);
    }

    /** A document of a split as one text: sentences on lines, tokens separated by a space; its gold mentions. */
    record Document(String text, List<NerScore.Item> gold) {}

    public static void main(String[] args) throws IOException {
        EntityExtractor rules = EntityExtractor.loadRules();
        boolean dev = "dev".equals(java.lang.System.getProperty("kawat.ner.split"));
        Recogniser model = Recogniser.load();
        Map<String, System> systems = new LinkedHashMap<>();
        systems.put("old rules + gazetteer", (t, l) -> mentions(rules, t, l));
        systems.put(
                "model alone",
                (t, l) -> model.find(t, l).stream()
                        .map(f -> item(f.start(), f.end(), f.type()))
                        .toList());
        for (EntityExtractor.Combine combine : EntityExtractor.Combine.values()) {
            EntityExtractor extractor = EntityExtractor.load(combine);
            String name = "model, " + combine.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (combine == EntityExtractor.SHIPPED ? " (shipped)" : "");
            systems.put(name, (t, l) -> mentions(extractor, t, l));
        }
        StringBuilder md = new StringBuilder();
        md.append(header());
        for (String language : List.of("en", "id")) {
            for (NerCorpora.Split split : dev ? List.of(NerCorpora.dev(language)) : NerCorpora.tests(language)) {
                section(md, split.name(), language, documents(split.sentences(), false), systems);
                if (split.name().startsWith("WikiGold") || split.name().startsWith("NERGrit")) {
                    section(
                            md,
                            split.name() + ", upper-cased (headline case)",
                            language,
                            documents(split.sentences(), true),
                            systems);
                }
            }
        }
        md.append(anchors());
        if (!dev) {
            Path out = Path.of(java.lang.System.getProperty("kawat.out", "docs/quality-entities.md"));
            Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        }
        java.lang.System.out.println(md);
    }

    private static List<NerScore.Item> mentions(EntityExtractor extractor, String text, String language) {
        return extractor.mentions(text, 0, language).stream()
                .map(m -> item(m.start(), m.end(), m.type()))
                .toList();
    }

    private static NerScore.Item item(int start, int end, EntityType type) {
        return new NerScore.Item(start + ":" + end, type.name());
    }

    /** Documents of the sentences (consecutive sentences of one document index). */
    static List<Document> documents(List<NerSentence> sentences, boolean upper) {
        List<Document> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<NerScore.Item> gold = new ArrayList<>();
        int current = -1;
        for (NerSentence s : sentences) {
            if (s.document() != current && text.length() > 0) {
                out.add(new Document(text.toString(), gold));
                text = new StringBuilder();
                gold = new ArrayList<>();
            }
            current = s.document();
            if (text.length() > 0) {
                text.append('\n');
            }
            int[] starts = new int[s.tokens().size()];
            int[] ends = new int[s.tokens().size()];
            for (int i = 0; i < s.tokens().size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[i] = text.length();
                String token = s.tokens().get(i);
                text.append(upper ? token.toUpperCase(Locale.ROOT) : token);
                ends[i] = text.length();
            }
            for (NerSentence.Name n : s.names()) {
                gold.add(new NerScore.Item(starts[n.start()] + ":" + ends[n.end() - 1], n.type()));
            }
        }
        if (text.length() > 0) {
            out.add(new Document(text.toString(), gold));
        }
        return out;
    }

    private static void section(
            StringBuilder md, String name, String language, List<Document> docs, Map<String, System> systems) {
        int mentions = docs.stream().mapToInt(d -> d.gold().size()).sum();
        md.append(String.format(
                Locale.ROOT, "%n### %s (%s): %d documents, %d gold names%n%n", name, language, docs.size(), mentions));
        md.append("| system | P | R | F1 | PERSON F1 | ORGANISATION F1 | PLACE F1 | document-set F1 | tokens/s |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, System> e : systems.entrySet()) {
            NerScore mention = new NerScore();
            NerScore document = new NerScore();
            long tokens = 0;
            long t0 = java.lang.System.nanoTime();
            for (Document d : docs) {
                List<NerScore.Item> predicted = e.getValue().find(d.text(), language).stream()
                        .filter(i -> TYPES.contains(i.type()))
                        .toList();
                mention.add(new HashSet<>(d.gold()), new HashSet<>(predicted));
                document.add(names(d.text(), d.gold()), names(d.text(), predicted));
                tokens += d.text().split("\\s+").length;
            }
            double seconds = (java.lang.System.nanoTime() - t0) / 1e9;
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | **%s** | %s | %s | %s | %s | %.0f |%n",
                    e.getKey(),
                    NerScore.f(mention.precision()),
                    NerScore.f(mention.recall()),
                    NerScore.f(mention.f1()),
                    NerScore.f(mention.f1("PERSON")),
                    NerScore.f(mention.f1("ORGANISATION")),
                    NerScore.f(mention.f1("PLACE")),
                    NerScore.f(document.f1()),
                    tokens / seconds));
        }
    }

    /** The distinct (type, case-folded name) of a document's mentions. */
    private static Set<NerScore.Item> names(String text, List<NerScore.Item> items) {
        Set<NerScore.Item> out = new HashSet<>();
        for (NerScore.Item i : items) {
            String[] range = i.key().split(":");
            String name = text.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
            out.add(new NerScore.Item(name.toLowerCase(Locale.ROOT), i.type()));
        }
        return out;
    }

    private static String header() {
        return """
                # Entity quality on held-out test splits

                Generated by `mvn -B -q -ntp -pl training -am compile exec:java \
                -Dexec.mainClass=io.kawat.training.ner.EvaluateEntities` (corpora in `KAWAT_TRAINING_DATA`, see
                `training/README.md`); do not edit by hand. No rule, word list, weight or threshold was tuned on these
                splits; the models were trained on the train splits only (`TrainEntities`).

                Scoring: CoNLL semantics, a mention counts only with its exact span and type (PERSON, ORGANISATION,
                PLACE); P / R / F1 are micro-averaged over the three types. Names of other types in the gold data
                (WikiGold MISC, WNUT-17 product and creative-work) are not scored, so a system typing one of them
                as an organisation counts a false positive. Document-set F1 compares the distinct (type, case-folded
                name) pairs per document. tokens/s is wall time of this run on a shared machine, one thread, for
                orientation only (the JMH figure is in `docs/enrich.md`).

                Systems: *old rules + gazetteer* is the recogniser before issue 24 (gazetteer, lexicon and capitalised
                chains); *model alone* is the learned OpenNLP name finder; *model + gazetteer (shipped)* is what
                enrich runs: the model's proposals linked to gazetteer ids, known names the model missed added,
                further occurrences and coreference.
                """;
    }

    private static String anchors() {
        return """

                ### Published anchors (other test sets, for scale only)

                | system | test set | F1 | source |
                |---|---|---|---|
                | Stanford CRF NER | CoNLL-2003 English test (Reuters news) | 0.869 | Finkel, Grenager, Manning, ACL 2005 |
                | Flair contextual string embeddings | CoNLL-2003 English test | 0.931 | Akbik, Blythe, Vollgraf, COLING 2018 |
                | best WNUT-17 shared-task system | WNUT-17 test (entity F1, 6 types) | 0.419 | Derczynski et al., W-NUT 2017 |

                CoNLL-2003 itself is not used here (its Reuters text may not be redistributed or trained on for a
                shipped model), so the English splits are WikiGold (Wikipedia) and WNUT-17 (tweets): not newswire,
                and the anchors are not measured on the same text.
                """;
    }
}
