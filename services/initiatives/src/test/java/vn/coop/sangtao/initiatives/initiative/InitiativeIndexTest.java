package vn.coop.sangtao.initiatives.initiative;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.initiatives.similarity.TrigramSet;
import vn.coop.sangtao.initiatives.similarity.Trigrams;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativeIndexTest {

    private static final InitiativeFilter ALL = filter(null, null);
    private static final Comparator<InitiativeEntry> NEWEST = InitiativeIndex.Order.submittedAt.comparator(true);

    private static InitiativeFilter filter(InitiativeStatus status, String unitId) {
        return new InitiativeFilter(null, null, null, null, status, null, unitId, null, null, null);
    }

    private static InitiativeEntry entry(String id, String tenant, String title, InitiativeStatus status,
                                         Instant submittedAt, long version) {
        return new InitiativeEntry(id, tenant, version, status, 2026, InitiativeKind.INITIATIVE, "Nông nghiệp",
                null, "applying-" + id, Set.of("author-unit"), false, Text.fold(title + " giảm chi phí"),
                TextSketch.of(Text.fold(title + " giảm chi phí")), Text.fold(title), title, TrigramSet.of(Trigrams.of(title)), submittedAt, Instant.EPOCH, null);
    }

    private static InitiativeEntry under(String id, LocalDate due) {
        InitiativeEntry e = entry(id, "t", "x", InitiativeStatus.UNDER_REVIEW, Instant.EPOCH, 0);
        return new InitiativeEntry(e.id(), e.tenantId(), e.version(), e.status(), e.year(), e.kind(), e.field(),
                e.campaignId(), e.applyingUnitId(), e.authorUnitIds(), e.typical(), e.searchKey(), e.textSketch(),
                e.titleKey(), e.title(), e.titleGrams(), e.submittedAt(), e.createdAt(), due);
    }

    @Test
    void shouldKeepTheLaterVersionWhenAnOlderOneArrivesAfterIt() {
        InitiativeIndex index = new InitiativeIndex();
        index.put(entry("i1", "ninh-binh", "Máy sấy lúa", InitiativeStatus.RECOGNISED, Instant.EPOCH, 4));
        index.put(entry("i1", "ninh-binh", "Máy sấy lúa", InitiativeStatus.SUBMITTED, Instant.EPOCH, 1));

        assertThat(index.search("ninh-binh", filter(InitiativeStatus.RECOGNISED, null), null, null, NEWEST, 0, 20)
                .ids()).containsExactly("i1");
    }

    @Test
    void shouldMatchFoldedTextAndFindAUnitAsApplicantOrAuthorButNeverAnotherTenants() {
        InitiativeIndex index = new InitiativeIndex();
        index.put(entry("i1", "ninh-binh", "Mô hình trồng lúa hữu cơ", InitiativeStatus.SUBMITTED, Instant.EPOCH, 0));
        index.put(entry("i2", "quang-tri", "Mô hình trồng lúa hữu cơ", InitiativeStatus.SUBMITTED, Instant.EPOCH, 0));

        assertThat(index.search("ninh-binh", ALL, "lua huu co", null, NEWEST, 0, 20).ids()).containsExactly("i1");
        assertThat(index.search("ninh-binh", ALL, "giam chi phi", null, NEWEST, 0, 20).ids()).containsExactly("i1");
        assertThat(index.search("ninh-binh", ALL, "nuoi ong", null, NEWEST, 0, 20).total()).isZero();
        assertThat(index.search("ninh-binh", filter(null, "applying-i1"), null, null, NEWEST, 0, 20).ids())
                .containsExactly("i1");
        assertThat(index.search("ninh-binh", filter(null, "author-unit"), null, null, NEWEST, 0, 20).ids())
                .containsExactly("i1");
        assertThat(index.search("ninh-binh", ALL, null, Set.of("applying-i2"), NEWEST, 0, 20).total()).isZero();
    }

    @Test
    void shouldPutDraftsFirstAscendingAndPageWithoutOverlapEitherWay() {
        InitiativeIndex index = new InitiativeIndex();
        List<String> expected = new ArrayList<>();
        IntStream.range(0, 50).forEach(n -> {
            String id = "i%02d".formatted(n);
            Instant when = n % 10 == 0 ? null : Instant.ofEpochSecond(n % 7);
            index.put(entry(id, "t", "Sáng kiến " + n, when == null ? InitiativeStatus.DRAFT : InitiativeStatus.SUBMITTED,
                    when, 0));
            expected.add(id);
        });
        Comparator<InitiativeEntry> oldest = InitiativeIndex.Order.submittedAt.comparator(false);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 8; page++) {
            paged.addAll(index.search("t", ALL, null, null, oldest, page, 7).ids());
        }
        assertThat(paged).hasSize(50).doesNotHaveDuplicates().startsWith("i00", "i10", "i20", "i30", "i40");
        List<String> newestFirst = index.search("t", ALL, null, null, NEWEST, 0, 50).ids();
        assertThat(newestFirst.subList(45, 50)).containsExactly("i00", "i10", "i20", "i30", "i40");
        assertThat(index.search("t", ALL, null, null, NEWEST, 1, 3).ids()).isEqualTo(newestFirst.subList(3, 6));
    }

    @Test
    void shouldOfferSubmittedTitlesAboveTheFloorMostAlikeFirstWithinTheTenantUnlessAskedForAll() {
        InitiativeIndex index = new InitiativeIndex();
        index.put(entry("same", "ninh-binh", "Mô hình trồng lúa hữu cơ", InitiativeStatus.SUBMITTED, Instant.EPOCH, 0));
        index.put(entry("near", "ninh-binh", "Mô hình trồng lúa", InitiativeStatus.RECOGNISED, Instant.EPOCH, 0));
        index.put(entry("draft", "ninh-binh", "Mô hình trồng lúa hữu cơ", InitiativeStatus.DRAFT, null, 0));
        index.put(entry("other", "ninh-binh", "Phần mềm kế toán", InitiativeStatus.SUBMITTED, Instant.EPOCH, 0));
        index.put(entry("away", "quang-tri", "Mô hình trồng lúa hữu cơ", InitiativeStatus.SUBMITTED, Instant.EPOCH, 0));
        TrigramSet title = TrigramSet.of(Trigrams.of("mo hinh trong lua huu co"));

        assertThat(index.similarTitles("ninh-binh", title, null, 0.3, 10))
                .extracting(InitiativeIndex.TitleMatch::id).containsExactly("same", "near");
        assertThat(index.similarTitles("ninh-binh", title, "same", 0.3, 1))
                .extracting(InitiativeIndex.TitleMatch::id).containsExactly("near");
        assertThat(index.similarTitles(null, title, null, 0.99, 10))
                .extracting(InitiativeIndex.TitleMatch::id).containsExactlyInAnyOrder("same", "away");
    }

    @Test
    void shouldListDecisionsDueByADayEarliestFirst() {
        InitiativeIndex index = new InitiativeIndex();
        index.put(under("late", LocalDate.of(2026, 3, 1)));
        index.put(under("soon", LocalDate.of(2026, 6, 10)));
        index.put(under("later", LocalDate.of(2026, 9, 1)));

        assertThat(index.dueBy("t", LocalDate.of(2026, 6, 10), 10)).containsExactly("late", "soon");
    }

    @Test
    void shouldFindByTheTitleARevisionGaveAndNoLongerByTheOneItReplaced() {
        InitiativeIndex index = new InitiativeIndex();
        index.put(entry("i1", "t", "Máy sấy lúa bằng năng lượng mặt trời", InitiativeStatus.SUBMITTED, Instant.EPOCH, 1));
        index.put(entry("i1", "t", "Phần mềm quản lý kho hợp tác xã", InitiativeStatus.SUBMITTED, Instant.EPOCH, 2));
        index.put(entry("i1", "t", "Máy sấy lúa bằng năng lượng mặt trời", InitiativeStatus.SUBMITTED, Instant.EPOCH, 1));

        assertThat(index.similarTitles("t", grams("may say lua nang luong mat troi"), null, 0.3, 10)).isEmpty();
        assertThat(index.similarTitles("t", grams("phan mem quan ly kho"), null, 0.3, 10))
                .extracting(InitiativeIndex.TitleMatch::id).containsExactly("i1");
    }

    @Test
    void shouldOfferTheSameTitlesAsComparingEveryOne() {
        String[] words = {"mô hình", "trồng", "lúa", "hữu cơ", "nuôi", "cá", "máy", "sấy", "phần mềm", "kế toán",
                "hợp tác xã", "nâng cao", "năng suất", "giảm", "chi phí", "tưới", "tiết kiệm", "nước", "rau", "sạch"};
        Random random = new Random(7);
        InitiativeIndex index = new InitiativeIndex();
        List<InitiativeEntry> all = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(5); w++) {
                title.append(words[random.nextInt(words.length)]).append(' ');
            }
            InitiativeEntry entry = entry("i" + n, n % 3 == 0 ? "other" : "t", title.toString().trim(),
                    n % 10 == 0 ? InitiativeStatus.DRAFT : InitiativeStatus.SUBMITTED, Instant.EPOCH, 0);
            index.put(entry);
            all.add(entry);
        }
        for (int q = 0; q < 20; q++) {
            Set<String> title = Trigrams.of(all.get(random.nextInt(all.size())).title());
            List<Double> compared = all.stream()
                    .filter(e -> e.tenantId().equals("t") && e.status() != InitiativeStatus.DRAFT)
                    .map(e -> Trigrams.dice(title, Trigrams.of(e.title()))).filter(score -> score >= 0.3)
                    .sorted(Comparator.reverseOrder()).limit(25).toList();

            assertThat(index.similarTitles("t", TrigramSet.of(title), null, 0.3, 25))
                    .extracting(InitiativeIndex.TitleMatch::titleScore).isEqualTo(compared);
        }
    }

    @Test
    void shouldNeverRuleOutAPhraseOfTheTextAndRuleOutMostOthers() {
        String text = Text.fold("Ứng dụng phần mềm quản lý kho giúp hợp tác xã giảm chi phí lưu kho và nâng cao "
                + "năng suất lao động của xã viên trong mùa thu hoạch");
        TextSketch sketch = TextSketch.of(text);
        for (int from = 0; from < text.length(); from++) {
            for (int to = from + 1; to <= Math.min(text.length(), from + 30); to++) {
                assertThat(sketch.mayContain(TextSketch.Probe.of(text.substring(from, to)))).isTrue();
            }
        }
        List<String> absent = List.of("nuoi ong lay mat", "trong rau thuy canh", "may cay", "ca tra", "xuat khau gao");
        assertThat(absent).filteredOn(phrase -> sketch.mayContain(TextSketch.Probe.of(phrase))).hasSizeLessThan(2);
    }

    private static TrigramSet grams(String title) {
        return TrigramSet.of(Trigrams.of(title));
    }
}
