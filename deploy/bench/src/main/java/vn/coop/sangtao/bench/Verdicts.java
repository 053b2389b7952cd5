package vn.coop.sangtao.bench;

import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.local.SangtaoApi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the verdicts of one evaluation of the round said: how many answered, how many were eligible,
 * how many differ from the verdict the bench expected (when it built the round itself), and how often
 * each kind of rule failed.
 */
record Verdicts(int answered, int eligible, int unexpected, Map<String, Integer> failedRules) {

	/** {@code expected} holds the expected verdict of each answer, in order, or is empty when unknown. */
	static Verdicts of(List<SangtaoApi.Response> answers, List<Boolean> expected) {
		int answered = 0;
		int eligible = 0;
		int unexpected = 0;
		Map<String, Integer> failed = new TreeMap<>();
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).status() != 200) {
				continue;
			}
			JsonNode verdict = answers.get(i).json();
			answered++;
			boolean ok = verdict.get("eligible").asBoolean();
			eligible += ok ? 1 : 0;
			unexpected += !expected.isEmpty() && expected.get(i) != ok ? 1 : 0;
			verdict.get("rules").forEach(rule -> {
				if (!rule.get("passed").asBoolean()) {
					failed.merge(kind(rule.get("rule")), 1, Integer::sum);
				}
			});
		}
		return new Verdicts(answered, eligible, expected.isEmpty() ? -1 : unexpected, failed);
	}

	/** The rule every award has, no open hold, has no kind of its own. */
	private static String kind(JsonNode rule) {
		JsonNode kind = rule.get("kind");
		return kind == null || kind.isNull() ? "no open hold" : kind.asString();
	}

	String describe(int candidates) {
		return "%,d of %,d verdicts answered, %,d eligible; %s; failed rules: %s".formatted(this.answered, candidates,
				this.eligible, this.unexpected < 0 ? "expected verdicts unknown (an earlier run's round)"
						: "%d differ from the verdict the bench expected".formatted(this.unexpected),
				this.failedRules);
	}

}
