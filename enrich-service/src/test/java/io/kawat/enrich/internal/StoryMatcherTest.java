package io.kawat.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.state.InMemoryState;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.WireStory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    private static final Instant T0 = Instant.parse("2024-04-03T08:00:00Z");
    private static final String BODY = "NATO foreign ministers on Wednesday discussed a proposal to create a five-year "
            + "fund for military aid to Ukraine as the alliance sought to shield its support for Kyiv from shifts in "
            + "politics and Stoltenberg said allies must make long-term commitments so that Ukraine can count on support";

    private final InMemoryState state = new InMemoryState();
    private final StoryMatcher matcher = new StoryMatcher(MatcherConfig.defaults(), state);

    private record Item(WireStory story, Analysis analysis) {}

    private static Item item(String id, Duration after, String lang, String body, String... entityIds) {
        List<Entity> entities = new ArrayList<>();
        for (String e : entityIds) {
            entities.add(Entity.newBuilder()
                    .setType(EntityType.ORGANISATION)
                    .setName(e)
                    .setCanonicalId(e)
                    .setMentions(List.of(e))
                    .setSalience(0.8)
                    .build());
        }
        WireStory story = TestStories.story(id, T0.plus(after), lang, "headline " + id, null, List.of(body));
        return new Item(
                story, new Analysis(List.of(body), lang, 1.0, lang, entities, List.of(), List.of(), null, 10, 1));
    }

    private Match match(Item item) {
        return matcher.match(item.story(), item.analysis());
    }

    @Test
    void shouldPointCopiesToTheFirstStoryWhenBodiesAreNearlyIdentical() {
        Match original = match(item("reuters:1", Duration.ZERO, "en", BODY, "nato"));
        Match copy = match(item("voa:1", Duration.ofMinutes(30), "en", BODY + " Reuters contributed.", "nato"));
        Match copyOfCopy = match(item("yahoo:1", Duration.ofMinutes(40), "en", BODY + " Reuters contributed.", "nato"));

        assertThat(original.duplicateOf()).isNull();
        assertThat(copy).isEqualTo(new Match("reuters:1", original.clusterId()));
        assertThat(copyOfCopy).isEqualTo(new Match("reuters:1", original.clusterId()));
    }

    @Test
    void shouldShareClusterWhenStoriesInDifferentLanguagesNameTheSameEntities() {
        Match en = match(item(
                "reuters:1", Duration.ZERO, "en", "English text about the meeting", "nato", "blinken", "brussels"));
        Match id = match(item(
                "antara:1",
                Duration.ofHours(3),
                "id",
                "Teks berbahasa Indonesia tentang pertemuan",
                "nato",
                "blinken",
                "brussels",
                "antara"));

        assertThat(id.duplicateOf()).isNull();
        assertThat(id.clusterId()).isEqualTo(en.clusterId()).startsWith("evt-20240403T080000-");
    }

    @Test
    void shouldKeepStoriesApartWhenTheyShareNothing() {
        Match a = match(item("reuters:1", Duration.ZERO, "en", "about one thing", "nato", "blinken"));
        Match b = match(item("reuters:2", Duration.ofMinutes(5), "en", "about another", "bmkg", "garut"));

        assertThat(b.clusterId()).isNotEqualTo(a.clusterId());
    }

    @Test
    void shouldNotMatchWhenTheEarlierStoryIsOutsideTheWindow() {
        Match a = match(item("reuters:1", Duration.ZERO, "en", BODY, "nato", "blinken"));
        Match b = match(item("reuters:2", Duration.ofDays(3), "en", BODY, "nato", "blinken"));

        assertThat(b.duplicateOf()).isNull();
        assertThat(b.clusterId()).isNotEqualTo(a.clusterId());
    }

    @Test
    void shouldMergeIntoTheOldestClusterWhenAStoryBridgesTwo() {
        Match a = match(item("a:1", Duration.ZERO, "en", "first", "x1", "x2"));
        Match b = match(item("b:1", Duration.ofMinutes(1), "en", "second", "y1", "y2"));
        Match c = match(item("c:1", Duration.ofMinutes(2), "en", "bridge", "x1", "x2", "y1", "y2"));

        assertThat(a.clusterId()).isLessThan(b.clusterId());
        assertThat(c.clusterId()).isEqualTo(a.clusterId());
        assertThat(matcher.canonicalCluster(b.clusterId())).isEqualTo(a.clusterId());
        assertThat(state.keys("c/")).containsExactly("c/" + a.clusterId());
    }

    @Test
    void shouldKeepTheFirstDecisionWhenANewVersionOfAStoryArrives() {
        Match first = match(item("a:1", Duration.ZERO, "en", BODY, "x1"));
        match(item("b:1", Duration.ofMinutes(1), "en", "other", "y1"));
        Match again = match(item("a:1", Duration.ofMinutes(2), "en", "rewritten completely", "y1"));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldForgetStoriesWhenTheyLeaveTheWindowOrExceedTheMaximum() {
        StoryMatcher small = new StoryMatcher(new MatcherConfig(Duration.ofHours(1), 0.5, 0.3, 2), state);
        small.match(
                item("a:1", Duration.ZERO, "en", BODY, "x1").story(),
                item("a:1", Duration.ZERO, "en", BODY, "x1").analysis());
        Item b = item("b:1", Duration.ofMinutes(10), "en", "bee", "y1");
        Item c = item("c:1", Duration.ofMinutes(20), "en", "sea", "z1");
        small.match(b.story(), b.analysis());
        small.match(c.story(), c.analysis());

        assertThat(state.keys("s/")).containsExactly("s/b:1", "s/c:1");
        assertThat(state.keys("d/")).noneMatch(k -> k.endsWith("/a:1"));
        assertThat(state.keys("f/")).containsExactly("f/y1", "f/z1");

        Item d = item("d:1", Duration.ofHours(3), "en", "dee", "w1");
        small.match(d.story(), d.analysis());

        assertThat(state.keys("s/")).containsExactly("s/d:1");
        assertThat(state.keys("c/")).hasSize(1);
        assertThat(state.keys("x/"))
                .allMatch(k -> k.endsWith(small.match(d.story(), d.analysis()).clusterId()));
    }

    @Test
    void shouldGiveTheSameMatchesWhenReplayedOnFreshState() {
        List<Item> items = List.of(
                item("a:1", Duration.ZERO, "en", BODY, "x1", "x2"),
                item("b:1", Duration.ofMinutes(1), "en", BODY + " copy", "x1", "x2"),
                item("c:1", Duration.ofMinutes(2), "en", "other", "y1"),
                item("d:1", Duration.ofMinutes(3), "en", "bridge", "x1", "x2", "y1"));
        List<Match> first = new ArrayList<>();
        List<Match> second = new ArrayList<>();
        StoryMatcher replay = new StoryMatcher(MatcherConfig.defaults(), new InMemoryState());
        for (Item i : items) {
            first.add(match(i));
            second.add(replay.match(i.story(), i.analysis()));
        }

        assertThat(second).isEqualTo(first);
    }
}
