package vn.coop.sangtao.initiatives.initiative;

import vn.coop.sangtao.initiatives.similarity.TrigramSet;
import vn.coop.sangtao.initiatives.similarity.Trigrams;
import vn.coop.sangtao.platform.index.IndexEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What searches, duplicate detection and the statutory clock need of one initiative, held in
 * memory by {@link InitiativeIndex}: the filtered and sorted fields, the accent-folded text (about
 * one byte per character of title, summary and solution) with its {@link TextSketch}, and the title's
 * trigrams.
 */
record InitiativeEntry(String id, String tenantId, long version, InitiativeStatus status, int year,
                       InitiativeKind kind, String field, String campaignId, String applyingUnitId,
                       Set<String> authorUnitIds, boolean typical, String searchKey, TextSketch textSketch,
                       String titleKey, String title, TrigramSet titleGrams, Instant submittedAt, Instant createdAt, LocalDate decisionDue)
        implements IndexEntry {

    static InitiativeEntry of(Initiative i) {
        Set<String> authorUnits = i.authors().stream().map(Author::unitId).filter(u -> u != null)
                .collect(Collectors.toUnmodifiableSet());
        return new InitiativeEntry(i.id(), i.tenantId(), i.version(), i.status(), i.year(), i.kind(), i.field(),
                i.campaignId(), i.applyingUnitId(), authorUnits, i.typicalYear() != null, i.searchKey(),
                TextSketch.of(i.searchKey()), i.titleKey(), i.title(), TrigramSet.of(Trigrams.of(i.title())),
                i.submittedAt(), i.createdAt(), i.decisionDue());
    }

    /**
     * Whether it passes every filter of {@code search} but the tenant's; {@code foldedText} and its
     * {@code phrase} are null without a text, {@code unitsOfArea} without an area or block.
     */
    boolean matches(InitiativeFilter filter, String foldedText, TextSketch.Probe phrase, Set<String> unitsOfArea) {
        return (foldedText == null || textSketch.mayContain(phrase) && searchKey != null && searchKey.contains(foldedText))
                && (filter.year() == null || filter.year() == year)
                && (filter.kind() == null || filter.kind() == kind)
                && (filter.field() == null || filter.field().equals(field))
                && (filter.status() == null ? status != InitiativeStatus.MERGED : filter.status() == status)
                && (filter.campaignId() == null || filter.campaignId().equals(campaignId))
                && (filter.unitId() == null || filter.unitId().equals(applyingUnitId)
                    || authorUnitIds.contains(filter.unitId()))
                && (unitsOfArea == null || unitsOfArea.contains(applyingUnitId))
                && (!Boolean.TRUE.equals(filter.typical()) || typical);
    }
}
