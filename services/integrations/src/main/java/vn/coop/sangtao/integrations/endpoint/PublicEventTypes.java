package vn.coop.sangtao.integrations.endpoint;

import java.util.Set;

/**
 * The event types outside systems may subscribe to. Membership events (personal data) and council
 * ballots never leave the platform.
 */
public final class PublicEventTypes {

    public static final String INITIATIVE_SUBMITTED = "vn.coop.sangtao.initiative.submitted.v1";
    public static final Set<String> ALL = Set.of(INITIATIVE_SUBMITTED);

    private PublicEventTypes() {
    }
}
