package vn.coop.sangtao.campaigns.campaign;

import java.util.List;

/**
 * A node of a campaign's scoring tree. A group has children and is worth what they are worth; a
 * leaf is scored, up to {@code points}. A bonus leaf's points come on top of the base maximum. A
 * leaf with an {@link ActivityRule} is scored from the activities the unit took part in, never by
 * hand. {@code contentNumber} ties the criterion to the campaign content it measures.
 */
public record Criterion(String code, String title, double points, boolean bonus, ActivityRule activity,
                        Integer contentNumber, List<Criterion> children) {

    public Criterion {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    public boolean fedByActivities() {
        return activity != null;
    }
}
