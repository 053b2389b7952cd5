package vn.coop.sangtao.membership.unit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.Set;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What a unit search asks for. {@code text} is already accent-folded and matches the name, or the
 * start of the tax code; {@code areaIds} holds the area asked for and every area below it.
 */
record UnitSearch(String text, UnitKind kind, Sector sector, UnitStatus status, Set<String> areaIds,
                         String blockId, UnitSort sort, Sort.Direction direction) {

    Criteria criteria() {
        Criteria criteria = new Criteria();
        if (text != null) {
            criteria = TaxCode.looksLikeOne(text)
                    ? criteria.and("taxCode").regex("^" + Pattern.quote(text))
                    : criteria.and("nameKey").regex(Pattern.quote(text));
        }
        if (kind != null) {
            criteria = criteria.and("profile.kind").is(kind);
        }
        if (sector != null) {
            criteria = criteria.and("profile.sector").is(sector);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (areaIds != null) {
            criteria = criteria.and("profile.areaId").in(areaIds);
        }
        if (blockId != null) {
            criteria = criteria.and("blocks.blockId").is(blockId);
        }
        return criteria;
    }

    Sort order() {
        Sort.Direction way = direction == null ? Sort.Direction.ASC : direction;
        return Sort.by(way, (sort == null ? UnitSort.NAME : sort).field).and(Sort.by("_id"));
    }
}
