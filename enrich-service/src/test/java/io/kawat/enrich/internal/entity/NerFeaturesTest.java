package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {

    @Test
    void shouldComputeWordShapes() {
        assertThat(NerFeatures.shape("Jakarta")).isEqualTo("Xx");
        assertThat(NerFeatures.shape("NATO")).isEqualTo("X");
        assertThat(NerFeatures.shape("U.S.")).isEqualTo("X.X.");
        assertThat(NerFeatures.shape("G20")).isEqualTo("Xd");
        assertThat(NerFeatures.shape("1998")).isEqualTo("d");
        assertThat(NerFeatures.shape("iPhone")).isEqualTo("xXx");
    }

    @Test
    void shouldTellHeadlineCase() {
        assertThat(NerFeatures.allCaps(new String[] {"OBAMA", "VISITS", "JAKARTA"}))
                .isTrue();
        assertThat(NerFeatures.allCaps(new String[] {"Obama", "VISITS"})).isFalse();
        assertThat(NerFeatures.titleCase("Obama Visits Jakarta For Talks".split(" ")))
                .isTrue();
        assertThat(NerFeatures.titleCase("Obama visits Jakarta for talks".split(" ")))
                .isFalse();
    }

    @Test
    void shouldEmitShapeAndSentenceCaseFeatures() {
        List<String> features = new ArrayList<>();
        new NerFeatures.Shape().createFeatures(features, new String[] {"OBAMA", "VISITS", "JAKARTA"}, 0, null);

        assertThat(features).contains("sh=X", "sc=caps", "sc,sh=caps,X", "first,X");
    }

    @Test
    void shouldLabelTokensInsideKnownNames() {
        Gazetteer gazetteer = GazetteerLoader.load();
        NerFeatures.Known known = new NerFeatures.Known(gazetteer, "en");

        String[] labels = known.label(new String[] {"He", "flew", "to", "the", "United", "States", "."});

        assertThat(labels).containsExactly("O", "O", "O", "O", "B-PLACE", "I-PLACE", "O");
        List<String> features = new ArrayList<>();
        known.createFeatures(features, new String[] {"He", "flew", "to", "the", "United", "States", "."}, 5, null);
        assertThat(features).contains("gz=I-PLACE", "gz,w=I-PLACE,states");
    }
}
