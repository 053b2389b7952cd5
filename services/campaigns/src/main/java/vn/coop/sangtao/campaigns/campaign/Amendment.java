package vn.coop.sangtao.campaigns.campaign;

import java.time.Instant;

/**
 * A correction to a launched campaign, which is frozen: the original contents stay as launched and
 * each amendment is kept beside them. {@code contentNumber} names the content it rewords, or a new
 * number when it adds one; {@code text} is the new wording.
 */
public record Amendment(int number, String reason, int contentNumber, String text, Instant at, String by) {
}
