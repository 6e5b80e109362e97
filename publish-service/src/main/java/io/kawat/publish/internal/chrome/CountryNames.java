package io.kawat.publish.internal.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names per language from the GeoNames data copied into resources ({@code geonames/countryInfo.tsv} and
 * {@code geonames/country_translations.json}, CC BY 4.0), and from the JDK's CLDR data. Which source wins is decided
 * per language by the chrome bundle ({@code country.order}); this class only answers each source separately.
 */
final class CountryNames {

    private static final String DIR = ChromeMessages.RESOURCE_DIR + "geonames/";

    private final Map<String, String> geonameIdByIso;
    private final Map<String, String> englishByIso;
    private final Map<String, String> isoByKey;
    private final Map<String, Map<String, String>> translationsByGeonameId;

    private CountryNames(
            Map<String, String> geonameIdByIso,
            Map<String, String> englishByIso,
            Map<String, String> isoByKey,
            Map<String, Map<String, String>> translationsByGeonameId) {
        this.geonameIdByIso = geonameIdByIso;
        this.englishByIso = englishByIso;
        this.isoByKey = isoByKey;
        this.translationsByGeonameId = translationsByGeonameId;
    }

    static CountryNames load(ObjectMapper json) {
        Map<String, String> geonameIdByIso = new HashMap<>();
        Map<String, String> englishByIso = new HashMap<>();
        readCountryInfo(geonameIdByIso, englishByIso);
        Map<String, Map<String, String>> translations = readTranslations(json);
        Map<String, String> isoByKey = new HashMap<>();
        englishByIso.forEach((iso, english) -> {
            isoByKey.put(key(iso), iso);
            isoByKey.put(key(english), iso);
            isoByKey.put("geonames:" + geonameIdByIso.get(iso), iso);
            isoByKey.putIfAbsent(key(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)), iso);
            Map<String, String> names = translations.getOrDefault(geonameIdByIso.get(iso), Map.of());
            if (names.containsKey("en")) {
                isoByKey.putIfAbsent(key(names.get("en")), iso);
            }
        });
        return new CountryNames(
                Map.copyOf(geonameIdByIso), Map.copyOf(englishByIso), Map.copyOf(isoByKey), Map.copyOf(translations));
    }

    /** The ISO 3166-1 alpha-2 code for a code, an English name or a 'geonames:&lt;id&gt;' id; empty when unknown. */
    Optional<String> iso(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(isoByKey.get(key(codeOrName)));
    }

    /** The GeoNames translation of a country's name, when the file has one for the language. */
    Optional<String> gazetteer(String iso, String language) {
        Map<String, String> names = translationsByGeonameId.getOrDefault(geonameIdByIso.get(iso), Map.of());
        return Optional.ofNullable(names.get(language)).filter(name -> !name.isBlank());
    }

    /** The CLDR display name the JDK knows for the country in the language. */
    Optional<String> cldr(String iso, String language) {
        String name = new Locale("", iso).getDisplayCountry(Languages.locale(language));
        return name.isBlank() || name.equalsIgnoreCase(iso) ? Optional.empty() : Optional.of(name);
    }

    /** The English short name from GeoNames' country table. */
    Optional<String> english(String iso) {
        return Optional.ofNullable(englishByIso.get(iso));
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static void readCountryInfo(Map<String, String> geonameIdByIso, Map<String, String> englishByIso) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open("countryInfo.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t", -1);
                if (line.startsWith("#") || columns.length < 17) {
                    continue;
                }
                String iso = columns[0].trim().toUpperCase(Locale.ROOT);
                englishByIso.put(iso, columns[4].trim());
                geonameIdByIso.put(iso, columns[16].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countryInfo.tsv", e);
        }
    }

    private static Map<String, Map<String, String>> readTranslations(ObjectMapper json) {
        try (InputStream in = open("country_translations.json")) {
            JsonNode root = json.readTree(in);
            Map<String, Map<String, String>> result = new HashMap<>();
            for (Map.Entry<String, JsonNode> country : root.properties()) {
                Map<String, String> names = new HashMap<>();
                country.getValue()
                        .properties()
                        .forEach(e -> names.put(e.getKey(), e.getValue().asText()));
                result.put(country.getKey(), Map.copyOf(names));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read country_translations.json", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = CountryNames.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("resource missing: " + DIR + name);
        }
        return in;
    }
}
