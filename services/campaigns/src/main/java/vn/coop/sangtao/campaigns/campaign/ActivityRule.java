package vn.coop.sangtao.campaigns.campaign;

import vn.coop.sangtao.campaigns.activity.ActivityKind;

/**
 * Makes a criterion fed by activities: a unit earns the criterion's points when it took part in at
 * least {@code atLeast} activities of {@code kind} within the review period, e.g. "took part in at
 * least 2 technical trainings".
 */
public record ActivityRule(ActivityKind kind, int atLeast) {
}
