package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.chrome.Languages;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationState;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The members of a cluster as the composer should see them in one edition: a member in another language gets, from
 * the {@value PublishStores#TRANSLATIONS} store, its translated headline, standfirst and paragraphs with a TRANSLATED
 * state for the edition, but only when the translation was made from the member's current version (same content
 * hash); otherwise it keeps its text and carries the translation's status (PENDING while there is none, or while the
 * current version is not translated yet), so the composer marks the article and adds the "unavailable" note.
 */
final class EditionMembers {
    private final KeyValueStore<String, StoryTranslation> translations;

    EditionMembers(KeyValueStore<String, StoryTranslation> translations) {
        this.translations = translations;
    }

    List<EnrichedStory> of(List<EnrichedStory> members, String edition) {
        String language = Languages.primary(edition);
        List<EnrichedStory> out = new ArrayList<>(members.size());
        for (EnrichedStory member : members) {
            String own = Languages.primary(member.getLanguage());
            out.add(Languages.isUndetermined(own) || own.equals(language) ? member : inEdition(member, language));
        }
        return out;
    }

    private EnrichedStory inEdition(EnrichedStory member, String language) {
        WireStory story = member.getStory();
        StoryTranslation t = translations.get(Topics.storyTranslationKey(story.getStoryId(), language));
        boolean current = t != null && t.getSourceHash().equals(story.getContentHash());
        if (!current) {
            return withState(
                            EnrichedStory.newBuilder(member),
                            member,
                            new TranslationState(language, null, TranslationStatus.PENDING, null))
                    .build();
        }
        EnrichedStory.Builder copy = EnrichedStory.newBuilder(member);
        if (t.getStatus() == TranslationStatus.TRANSLATED) {
            WireStory.Builder wire = WireStory.newBuilder(story).setHeadline(t.getHeadline());
            if (t.getStandfirst() != null) {
                if (story.getStandfirst() != null && !story.getStandfirst().isBlank()) {
                    wire.setStandfirst(t.getStandfirst());
                } else {
                    copy.setSummary(t.getStandfirst());
                }
            }
            copy.setStory(wire.build());
            if (!t.getParagraphs().isEmpty()) {
                copy.setParagraphs(new ArrayList<>(t.getParagraphs()));
            }
        }
        return withState(copy, member, new TranslationState(language, t.getEngine(), t.getStatus(), t.getUpdatedAt()))
                .build();
    }

    private static EnrichedStory.Builder withState(
            EnrichedStory.Builder copy, EnrichedStory member, TranslationState state) {
        List<TranslationState> states = new ArrayList<>();
        states.add(state);
        for (TranslationState other : member.getTranslations()) {
            if (!Languages.primary(other.getLanguage()).equals(state.getLanguage())) {
                states.add(other);
            }
        }
        return copy.setTranslations(states);
    }
}
