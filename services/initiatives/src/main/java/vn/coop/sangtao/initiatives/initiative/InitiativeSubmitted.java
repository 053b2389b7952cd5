package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;
import java.util.List;

/**
 * Event vn.coop.sangtao.initiative.submitted.v1: public, integrations receive it. It carries what an
 * integration needs to act without calling back, and no phone number or email.
 */
public record InitiativeSubmitted(String initiativeId, String tenantId, InitiativeKind kind, String title,
                                  String summary, String field, int year, List<Author> authors,
                                  String applyingUnitId, String applyingUnitName, String campaignId,
                                  String campaignTitle, Instant submittedAt) {

    public static final String TYPE = "vn.coop.sangtao.initiative.submitted.v1";
    public static final String TOPIC = "initiatives.initiative.events";
}
