package vn.coop.sangtao.membership.unit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnitSearchIndexTest {

    private static final UnitSearch ALL = new UnitSearch(null, null, null, null, null, null, null, null);

    private static UnitEntry unit(String id, String tenant, String nameKey, LocalDate joinedOn, long version) {
        return new UnitEntry(id, tenant, "27" + id, nameKey, UnitKind.COOPERATIVE, Sector.AGRICULTURE,
                UnitStatus.ACTIVE, "area-1", Set.of(), joinedOn, Instant.EPOCH, version);
    }

    private static UnitSearch sorted(UnitSort sort, SortDirection direction) {
        return new UnitSearch(null, null, null, null, null, null, sort, direction);
    }

    @Test
    void shouldKeepTheLaterVersionWhenAnOlderOneArrivesAfterIt() {
        UnitSearchIndex index = new UnitSearchIndex();
        index.put(unit("u1", "ninh-binh", "htx gia tran moi", null, 3));
        index.put(unit("u1", "ninh-binh", "htx gia tran", null, 2));

        UnitSearch byName = new UnitSearch("moi", null, null, null, null, null, null, null);
        assertThat(index.search("ninh-binh", byName, 0, 20).ids()).containsExactly("u1");
    }

    @Test
    void shouldMoveAUnitToItsNewTenantWhenATransferredVersionArrives() {
        UnitSearchIndex index = new UnitSearchIndex();
        index.put(unit("u1", "ha-nam", "htx kim bang", null, 0));
        index.put(unit("u1", "ninh-binh", "htx kim bang", null, 1));

        assertThat(index.search("ha-nam", ALL, 0, 20).total()).isZero();
        assertThat(index.search("ninh-binh", ALL, 0, 20).ids()).containsExactly("u1");
    }

    @Test
    void shouldOrderMissingValuesFirstAndBreakTiesByIdAscendingWhenSortedEitherWay() {
        UnitSearchIndex index = new UnitSearchIndex();
        index.put(unit("b", "t", "x", LocalDate.of(2020, 1, 1), 0));
        index.put(unit("a", "t", "x", LocalDate.of(2020, 1, 1), 0));
        index.put(unit("c", "t", "x", null, 0));
        index.put(unit("d", "t", "x", LocalDate.of(2021, 1, 1), 0));

        assertThat(index.search("t", sorted(UnitSort.JOINED_ON, SortDirection.ASC), 0, 10).ids())
                .containsExactly("c", "a", "b", "d");
        assertThat(index.search("t", sorted(UnitSort.JOINED_ON, SortDirection.DESC), 0, 10).ids())
                .containsExactly("d", "a", "b", "c");
    }

    @Test
    void shouldPageWithoutOverlapOrGapWhenPagesAreFewOfManyUnits() {
        UnitSearchIndex index = new UnitSearchIndex();
        List<UnitEntry> units = IntStream.range(0, 1_000)
                .mapToObj(i -> unit("u" + i, "t", "htx " + (i * 7919 % 300), null, 0)).toList();
        units.forEach(index::put);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            UnitSearchIndex.Hits hits = index.search("t", ALL, page, 20);
            assertThat(hits.total()).isEqualTo(1_000);
            paged.addAll(hits.ids());
        }

        List<String> byNameThenId = units.stream().sorted(Comparator.comparing(UnitEntry::nameKey)
                .thenComparing(UnitEntry::id)).map(UnitEntry::id).toList();
        assertThat(paged).containsExactlyElementsOf(byNameThenId);
        assertThat(index.search("t", ALL, 50, 20).ids()).isEmpty();
    }
}
