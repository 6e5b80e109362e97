package io.kawat.training.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.entity.Recogniser;
import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/** The trainer end to end on a tiny corpus made here (it never reads the corpus cache). */
class NerTrainerTest {

    private static NerSentence sentence(String text, NerSentence.Name... names) {
        return new NerSentence(List.of(text.split(" ")), List.of(names), 0);
    }

    @Test
    void shouldTrainAModelThatTheRecogniserServes() {
        String[] people = {"Anwar Ibrahim", "Maria Santos", "Budi Hartono", "Elena Petrova", "Kofi Mensah"};
        String[] places = {"Surabaya", "Lisbon", "Nairobi", "Quito", "Hanoi"};
        String[] orgs = {"Pertamina", "Siemens", "Unilever", "Toyota", "Nestle"};
        List<NerSentence> corpus = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                String text = people[i] + " said in " + places[j] + " that " + orgs[(i + j) % 5] + " will grow .";
                corpus.add(sentence(
                        text,
                        new NerSentence.Name(0, 2, "PERSON"),
                        new NerSentence.Name(4, 5, "PLACE"),
                        new NerSentence.Name(6, 7, "ORGANISATION")));
            }
        }

        TokenNameFinderModel model =
                NerTrainer.train(CaseAugmentation.augment(corpus, 0.2, 0.2, 1), "en", "PERCEPTRON", 30);
        Recogniser recogniser = new Recogniser(Map.of("en", model));

        List<Recogniser.Found> found = recogniser.find("Maria Santos said in Hanoi that Toyota will grow.", "en");
        assertThat(found)
                .extracting(Recogniser.Found::type)
                .containsExactly(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANISATION);
        assertThat(found.get(0).start()).isZero();
        assertThat(found.get(0).end()).isEqualTo("Maria Santos".length());
        assertThat(recogniser.supports("id")).isFalse();
        assertThat(recogniser.find("Maria Santos di Hanoi.", "id")).isEmpty();
    }
}
