package vn.coop.sangtao.awards.catalogue;

import vn.coop.sangtao.awards.rule.Rule;

import java.time.LocalDate;
import java.util.List;

/** vn.coop.sangtao.award-type.changed.v1: a version of an award type took effect from a date. */
public record AwardTypeChanged(String awardTypeId, String tenantId, String code, String name, Target target,
                               GrantingLevel level, double amountMultiple, boolean merit, boolean highTitle,
                               List<Rule> rules, LocalDate validFrom, String reason) {

    public static final String TYPE = "vn.coop.sangtao.award-type.changed.v1";
    public static final String TOPIC = "awards.catalogue.events";

    static AwardTypeChanged of(AwardType t) {
        return new AwardTypeChanged(t.id(), t.tenantId(), t.code(), t.name(), t.target(), t.level(), t.amountMultiple(),
                t.merit(), t.highTitle(), t.rules(), t.validFrom(), t.reason());
    }
}
