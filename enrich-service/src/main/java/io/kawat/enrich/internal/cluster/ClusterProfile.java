package io.kawat.enrich.internal.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An event cluster as kept under {@code c/<cluster id>}: when it was first and last joined, how many stories in the
 * state still belong to it, summed entity saliences, summed keyword weights per language, the terms filed for it in
 * the index, the ids of clusters merged into it, and the features of its most recent members. Sizes are capped
 * ({@value #MAX_ENTITIES} entities, {@value #MAX_KEYWORDS} keywords per language, {@value #MAX_TERMS} index terms,
 * {@value #RECENT_MEMBERS} members) so a long-running event cannot grow
 * without bound. Mutable; not shared between threads.
 */
final class ClusterProfile {

    static final int MAX_ENTITIES = 40;
    static final int MAX_KEYWORDS = 60;
    static final int MAX_TERMS = 120;
    static final int RECENT_MEMBERS = 6;

    long firstSeen;
    long lastSeen;
    int live;
    TreeMap<String, Double> entities = new TreeMap<>();
    TreeMap<String, TreeMap<String, Double>> keywords = new TreeMap<>();
    TreeSet<String> terms = new TreeSet<>();
    List<String> absorbed = new ArrayList<>();
    List<StoryFeatures> recent = new ArrayList<>();

    static ClusterProfile founding(long time) {
        ClusterProfile p = new ClusterProfile();
        p.firstSeen = time;
        p.lastSeen = time;
        return p;
    }

    /** Adds a story's features; returns the index terms that are new to this cluster. */
    List<String> add(StoryFeatures f, long time) {
        firstSeen = Math.min(firstSeen, time);
        lastSeen = Math.max(lastSeen, time);
        live++;
        f.entities().forEach((k, v) -> entities.merge(k, v, Double::sum));
        TreeMap<String, Double> own = keywords.computeIfAbsent(f.language(), l -> new TreeMap<>());
        f.keywords().forEach((k, v) -> own.merge(k, v, Double::sum));
        cap(entities, MAX_ENTITIES);
        cap(own, MAX_KEYWORDS);
        remember(f);
        List<String> fresh = new ArrayList<>();
        for (String t : f.indexTerms()) {
            if (terms.size() < MAX_TERMS && terms.add(t)) {
                fresh.add(t);
            }
        }
        return fresh;
    }

    /** Takes in another cluster's live count, evidence and absorbed ids (the index terms move in ClusterIndex). */
    void absorb(String otherId, ClusterProfile other) {
        firstSeen = Math.min(firstSeen, other.firstSeen);
        lastSeen = Math.max(lastSeen, other.lastSeen);
        live += other.live;
        other.entities.forEach((k, v) -> entities.merge(k, v, Double::sum));
        other.keywords.forEach((lang, kw) -> {
            TreeMap<String, Double> own = keywords.computeIfAbsent(lang, l -> new TreeMap<>());
            kw.forEach((k, v) -> own.merge(k, v, Double::sum));
            cap(own, MAX_KEYWORDS);
        });
        cap(entities, MAX_ENTITIES);
        other.recent.forEach(this::remember);
        absorbed.add(otherId);
        absorbed.addAll(other.absorbed);
    }

    private void remember(StoryFeatures f) {
        recent.add(f);
        if (recent.size() > RECENT_MEMBERS) {
            recent.remove(0);
        }
    }

    private static void cap(TreeMap<String, Double> map, int max) {
        while (map.size() > max) {
            String weakest = map.entrySet().stream()
                    .min(Map.Entry.<String, Double>comparingByValue()
                            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .orElseThrow()
                    .getKey();
            map.remove(weakest);
        }
    }

    byte[] encode() {
        return Codec.encode(out -> {
            out.writeLong(firstSeen);
            out.writeLong(lastSeen);
            out.writeInt(live);
            Codec.writeWeights(out, entities);
            out.writeInt(keywords.size());
            for (Map.Entry<String, TreeMap<String, Double>> e : keywords.entrySet()) {
                out.writeUTF(e.getKey());
                Codec.writeWeights(out, e.getValue());
            }
            Codec.writeStrings(out, new ArrayList<>(terms));
            Codec.writeStrings(out, absorbed);
            out.writeInt(recent.size());
            for (StoryFeatures f : recent) {
                out.writeUTF(f.language());
                Codec.writeWeights(out, f.entities());
                Codec.writeWeights(out, f.keywords());
            }
        });
    }

    static ClusterProfile decode(byte[] bytes) {
        return Codec.decode(bytes, ClusterProfile::read);
    }

    private static ClusterProfile read(DataInputStream in) throws IOException {
        ClusterProfile p = new ClusterProfile();
        p.firstSeen = in.readLong();
        p.lastSeen = in.readLong();
        p.live = in.readInt();
        p.entities = Codec.readWeights(in);
        int languages = in.readInt();
        for (int i = 0; i < languages; i++) {
            p.keywords.put(in.readUTF(), Codec.readWeights(in));
        }
        p.terms = new TreeSet<>(Codec.readStrings(in));
        p.absorbed = new ArrayList<>(Codec.readStrings(in));
        int members = in.readInt();
        for (int i = 0; i < members; i++) {
            String language = in.readUTF();
            p.recent.add(new StoryFeatures(Codec.readWeights(in), Codec.readWeights(in), language));
        }
        return p;
    }
}
