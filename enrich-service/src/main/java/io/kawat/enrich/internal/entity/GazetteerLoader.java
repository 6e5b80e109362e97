package io.kawat.enrich.internal.entity;

import io.kawat.enrich.internal.resource.ResourceFiles;
import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Gazetteer} from the bundled files: GeoNames countries (English names everywhere, translated
 * names only in their own language), GeoNames cities (population of at least 250,000 or capitals, Latin-script
 * alternate names), the international-organisation table, and Kawat's curated list, which also adds aliases to
 * GeoNames places and takes precedence over every other source.
 */
public final class GazetteerLoader {

    private static final String DIR = "gazetteer/";
    private final Map<String, EntityRef> refsById = new HashMap<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Set<String> ambiguous = new HashSet<>(ResourceFiles.lines("entity/ambiguous.txt"));
    private final Map<String, EntityRef> curatedBySurface = new HashMap<>();

    /** Loads every source and builds the automaton. */
    public static Gazetteer load() {
        return new GazetteerLoader().build();
    }

    private Gazetteer build() {
        countries();
        cities();
        List<String[]> curated = curatedRows();
        organisations();
        for (String[] row : curated) {
            addCurated(row);
        }
        AhoCorasick.Builder<GazetteerEntry> builder = new AhoCorasick.Builder<>();
        for (GazetteerEntry e : entries) {
            builder.add(Fold.fold(e.surface()), e);
        }
        return new Gazetteer(builder.build(), entries.size());
    }

    private void countries() {
        for (String line : ResourceFiles.lines(DIR + "countryInfo.tsv")) {
            String[] f = line.split("\t", -1);
            EntityRef ref = new EntityRef(EntityType.PLACE, "geonames:" + f[16], f[4]);
            refsById.put(ref.canonicalId(), ref);
            add(ref, f[4], Set.of(), GazetteerEntry.COUNTRY, 0);
        }
        for (String line : ResourceFiles.lines(DIR + "country-names.tsv")) {
            String[] f = line.split("\t", -1);
            EntityRef ref = refsById.get("geonames:" + f[0]);
            if (ref != null && !ambiguous.contains(f[2])) {
                add(ref, f[2], f[1].equals("en") ? Set.of() : Set.of(f[1]), GazetteerEntry.COUNTRY, 0);
            }
        }
    }

    private void cities() {
        for (String line : ResourceFiles.lines(DIR + "cities.tsv")) {
            String[] f = line.split("\t", -1);
            EntityRef ref = new EntityRef(EntityType.PLACE, "geonames:" + f[0], f[1]);
            refsById.put(ref.canonicalId(), ref);
            long population = Long.parseLong(f[3]);
            Set<String> names = new HashSet<>();
            names.add(f[1]);
            if (!f[5].isEmpty()) {
                // alternate names of three letters or fewer are mostly codes and syllables ("Chi", "Ufa" aside)
                List.of(f[5].split("\\|")).stream().filter(n -> n.length() >= 4).forEach(names::add);
            }
            for (String name : names) {
                if (!ambiguous.contains(name)) {
                    add(ref, name, Set.of(), GazetteerEntry.CITY, population);
                }
            }
        }
    }

    private void organisations() {
        for (String line : ResourceFiles.lines(DIR + "orgs.tsv")) {
            String[] f = line.split("\t", -1);
            String acronym = f[0];
            String name = f[1];
            EntityRef ref = curatedBySurface.getOrDefault(acronym, curatedBySurface.get(name));
            if (ref == null) {
                ref = new EntityRef(EntityType.ORGANISATION, "kawat:org-" + acronym.toLowerCase(Locale.ROOT), name);
            }
            if (acronym.matches("[A-Z][A-Z0-9-]{1,9}") && !ambiguous.contains(acronym)) {
                entries.add(new GazetteerEntry(ref, acronym, true, Set.of(), GazetteerEntry.ORGANISATION, 0));
            }
            add(ref, name, Set.of(), GazetteerEntry.ORGANISATION, 0);
        }
    }

    private List<String[]> curatedRows() {
        List<String[]> rows = new ArrayList<>();
        for (String line : ResourceFiles.lines("entity/curated.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalStateException("curated.tsv: expected 4 columns in '" + line + "'");
            }
            rows.add(f);
            EntityRef ref = curatedRef(f);
            for (String alias : aliases(f)) {
                curatedBySurface.putIfAbsent(stripMarks(alias), ref);
            }
        }
        return rows;
    }

    private EntityRef curatedRef(String[] f) {
        if (f[2].equals("-")) {
            EntityRef known = refsById.get(f[1]);
            if (known == null) {
                throw new IllegalStateException("curated.tsv: no gazetteer entry for " + f[1]);
            }
            return known;
        }
        return refsById.computeIfAbsent(f[1], id -> new EntityRef(EntityType.valueOf(f[0]), id, f[2]));
    }

    private void addCurated(String[] f) {
        EntityRef ref = curatedRef(f);
        for (String alias : aliases(f)) {
            boolean exact = alias.startsWith("=");
            String body = stripMarks(alias);
            int at = alias.lastIndexOf('@');
            Set<String> langs = at > 0 ? Set.of(alias.substring(at + 1).split(",")) : Set.of();
            entries.add(new GazetteerEntry(ref, body, exact, langs, GazetteerEntry.CURATED, 0));
        }
    }

    private static List<String> aliases(String[] f) {
        List<String> out = new ArrayList<>();
        if (!f[2].equals("-")) {
            out.add(f[2]);
        }
        if (!f[3].equals("-") && !f[3].isBlank()) {
            out.addAll(List.of(f[3].split("\\|")));
        }
        return out;
    }

    private static String stripMarks(String alias) {
        String body = alias.startsWith("=") ? alias.substring(1) : alias;
        int at = body.lastIndexOf('@');
        return at > 0 ? body.substring(0, at) : body;
    }

    private void add(EntityRef ref, String surface, Set<String> langs, int rank, long weight) {
        if (surface.length() >= 2) {
            entries.add(new GazetteerEntry(ref, surface, false, langs, rank, weight));
        }
    }
}
