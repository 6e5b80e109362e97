package io.kawat.publish.internal.chrome;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The localised words around an article (its "chrome"): attribution phrases, "Read also" labels, section labels,
 * dates, country names, topic labels and editorial notes, in each edition language. Everything comes from resource
 * bundles written by hand and from reference data; nothing is machine-translated. A language without a bundle gets
 * English. Immutable and thread-safe: load once and share.
 */
public final class Chrome {

    private final ChromeMessages messages;
    private final CountryNames countries;

    private Chrome(ChromeMessages messages, CountryNames countries) {
        this.messages = messages;
        this.countries = countries;
    }

    /** Loads the bundles and the country data from the classpath. */
    public static Chrome load() {
        return new Chrome(ChromeMessages.load(), CountryNames.load(new ObjectMapper()));
    }

    /** Languages that have a bundle of their own (English is the base). */
    public Set<String> languages() {
        return messages.languages();
    }

    /** "Melansir dari Reuters", "According to Reuters", "Según Reuters". */
    public String attribution(String language, String sourceName) {
        return messages.format(language, "attribution", sourceName);
    }

    /** A paragraph led by its credit: "According to Reuters: ...". */
    public String creditedParagraph(String language, String attribution, String paragraph) {
        return messages.format(language, "attribution.join", attribution, paragraph);
    }

    /** "Baca Juga:", "Read also:", "Lea también:". */
    public String readAlso(String language) {
        return messages.text(language, "readAlso");
    }

    /** "Topik:", "Topics:", "Temas:" (the label before an article's topic tags). */
    public String topicsLabel(String language) {
        return messages.text(language, "topics");
    }

    /** "Sumber berita:", "Sources:", "Fuentes:" (the label before the list of sources). */
    public String sourcesLabel(String language) {
        return messages.text(language, "sources");
    }

    /** A site section label by key: latest, world, related, topics, sources; the key itself when unknown. */
    public String sectionLabel(String language, String key) {
        String text = messages.raw(language, "section." + key);
        return text == null ? key : text;
    }

    /** A numbered section heading: "1. AS ingin perbaiki hubungan dengan NATO". */
    public String sectionHeading(String language, int number, String heading) {
        return messages.format(language, "section.heading", Integer.toString(number), heading);
    }

    /** "Oleh Kawat Newsroom", "By Kawat Newsroom". */
    public String byline(String language, String byline) {
        return messages.format(language, "byline", byline);
    }

    /** An image credit line: "Sumber: Reuters". */
    public String imageCredit(String language, String credit) {
        return messages.format(language, "image.credit", credit);
    }

    /** A date in the language: "Selasa, 23 Maret 2021", "Tuesday, 23 March 2021", "martes, 23 de marzo de 2021". */
    public String formatDate(String language, ZonedDateTime t) {
        return DateTimeFormatter.ofPattern(messages.text(language, "date.pattern"), Languages.locale(language))
                .format(t);
    }

    /** "Brussels, Kawat - Selasa, 23 Maret 2021"; without a place "Kawat - Selasa, 23 Maret 2021". */
    public String dateline(String language, String place, String outlet, ZonedDateTime t) {
        String date = formatDate(language, t);
        return place == null || place.isBlank()
                ? messages.format(language, "dateline.noPlace", outlet, date)
                : messages.format(language, "dateline", place, outlet, date);
    }

    /**
     * The country's name in the language ("Belgium" or "BE" gives "Belgia" in Indonesian); accepts an ISO 3166-1
     * alpha-2 code, an English name or a 'geonames:&lt;id&gt;' id. Anything that is not a known country (a city, say)
     * comes back unchanged.
     */
    public String countryName(String language, String iso2OrEnglishName) {
        Optional<String> iso = countries.iso(iso2OrEnglishName);
        if (iso.isEmpty()) {
            return iso2OrEnglishName;
        }
        String lang = Languages.primary(language);
        String override = messages.raw(lang, "country." + iso.get());
        if (override != null) {
            return override;
        }
        for (String source : messages.text(lang, "country.order").split(",")) {
            Optional<String> name = countryFrom(source.trim(), iso.get(), lang);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return iso2OrEnglishName;
    }

    /** True when the text names a country (code, English name or GeoNames id). */
    public boolean isCountry(String iso2OrEnglishName) {
        return countries.iso(iso2OrEnglishName).isPresent();
    }

    /** A Media Topic's label in the language ("Politik"); the given fallback when the bundles have none. */
    public String topicLabel(String language, String qcode, String fallback) {
        String label = qcode == null ? null : messages.raw(language, "topic." + qcode.replace(':', '.'));
        return label == null ? fallback : label;
    }

    /** A language's name in another language: languageName("id", "en") gives "Inggris". */
    public String languageName(String language, String ofLanguage) {
        String name = Languages.locale(ofLanguage).getDisplayLanguage(Languages.locale(language));
        return name.isBlank() ? ofLanguage : name;
    }

    /** The note for an edition shown partly in its source language: "Terjemahan belum tersedia ...". */
    public String translationUnavailable(String language) {
        return messages.text(language, "note.translationUnavailable");
    }

    /** The correction note naming the sources that corrected their reports. */
    public String correctionNote(String language, List<String> sourceNames) {
        return messages.format(language, "note.correction", joinNames(language, sourceNames));
    }

    /** The note of a withdrawn (canceled) article. */
    public String withdrawnNote(String language) {
        return messages.text(language, "note.withdrawn");
    }

    /** "Reuters, VOA News dan Euronews". */
    public String joinNames(String language, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return messages.format(language, "list.and", head, names.get(names.size() - 1));
    }

    private Optional<String> countryFrom(String source, String iso, String language) {
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "gazetteer" -> countries.gazetteer(iso, language);
            case "cldr" -> countries.cldr(iso, language);
            case "english" -> countries.english(iso);
            default -> Optional.empty();
        };
    }
}
