package vn.coop.sangtao.local;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * The smoke scenario through the gateway with real tokens: a member unit is registered, an initiative
 * is submitted for it, awards learns it, a webhook receiver gets a validly signed delivery, another
 * province cannot see it, a campaign's dashboard counts an activity of the unit, and bad input is
 * answered with problem+json. Each step is one check.
 */
public final class SmokeScenario {

	/** The outcome of one step. */
	public record Check(String name, boolean passed, String detail) {
	}

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final SangtaoApi api;

	private final TokenClient tokens;

	private final List<Check> checks = new ArrayList<>();

	public SmokeScenario(String gatewayUrl, String identityUrl) {
		this.api = new SangtaoApi(gatewayUrl);
		this.tokens = new TokenClient(identityUrl);
	}

	public List<Check> run() {
		String officer = this.tokens.userToken("nb.officer", LocalRun.DEMO_PASSWORD);
		String member = this.tokens.userToken("nb.member", LocalRun.DEMO_PASSWORD);
		String admin = this.tokens.userToken("nb.admin", LocalRun.DEMO_PASSWORD);
		String otherProvince = this.tokens.userToken("qt.officer", LocalRun.DEMO_PASSWORD);
		String integration = this.tokens.clientCredentials("nb-integration", "nb-integration-secret");
		check("identity issues user and client tokens", true, "5 tokens");
		try (WebhookReceiver receiver = WebhookReceiver.start(0, "whsec_" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
			String unitId = registerUnit(officer);
			registerWebhook(admin, receiver);
			String initiativeId = unitId == null ? null : submitInitiative(member, unitId);
			if (initiativeId != null) {
				awaitAwards(officer, initiativeId);
				awaitWebhook(receiver, initiativeId);
				awaitFeed(integration, initiativeId);
				otherProvinceGets404(otherProvince, initiativeId);
			}
			if (unitId != null) {
				campaignDashboardCounts(officer, unitId);
			}
			badInputGetsProblems(officer);
		}
		return List.copyOf(this.checks);
	}

	private String registerUnit(String officer) {
		String taxCode = TaxCodes.from(270_000_000L + ThreadLocalRandom.current().nextInt(9_999_999));
		SangtaoApi.Response created = this.api.post("/api/membership/units", officer, """
				{"name":"HTX Kiểm thử Hoa Lư %s","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}"""
			.formatted(taxCode.substring(5), taxCode));
		check("an officer registers a member unit (201)", created.status() == 201, created.status() + " " + created.body());
		return created.status() == 201 ? created.json().get("id").asString() : null;
	}

	private void registerWebhook(String admin, WebhookReceiver receiver) {
		SangtaoApi.Response created = this.api.post("/api/integrations/endpoints", admin,
				"{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"vn.coop.sangtao.initiative.submitted.v1\"]}");
		boolean ok = created.status() == 201;
		if (ok) {
			receiver.useSecret(created.json().get("secret").asString());
		}
		check("the alliance's admin registers a webhook endpoint (201)", ok, created.status() + " " + created.body());
	}

	private String submitInitiative(String member, String unitId) {
		String body = """
				{"kind":"INITIATIVE","title":"Sấy lúa bằng năng lượng mặt trời","field":"Nông nghiệp",
				 "summary":"Giảm 30%% chi phí sấy và hao hụt sau thu hoạch.","year":%d,"applyingUnitId":"%s",
				 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(Year.now().getValue(), unitId, unitId);
		// the unit reaches initiatives through Kafka: until it has, submission answers 422 unknown-unit
		SangtaoApi.Response[] last = new SangtaoApi.Response[1];
		boolean ok = eventually(() -> {
			last[0] = this.api.post("/api/initiatives/initiatives", member, body);
			return last[0].status() != 422;
		}) && last[0].status() == 201;
		check("a member submits an initiative for the new unit (201)", ok, last[0].status() + " " + last[0].body());
		return ok ? last[0].json().get("id").asString() : null;
	}

	private void awaitAwards(String officer, String initiativeId) {
		boolean ok = eventually(() -> this.api.get("/api/awards/candidates?size=200&year=" + Year.now().getValue(), officer)
			.body().contains(initiativeId));
		check("awards lists the submitted initiative", ok, initiativeId);
	}

	private void awaitWebhook(WebhookReceiver receiver, String initiativeId) {
		boolean ok = eventually(() -> receiver.received().stream().anyMatch(d -> d.body().contains(initiativeId)));
		check("the webhook receiver gets a validly signed delivery", ok && receiver.invalidCount() == 0,
				"received=" + receiver.received().size() + " invalid=" + receiver.invalidCount());
	}

	private void awaitFeed(String integration, String initiativeId) {
		boolean ok = eventually(() -> this.api.get("/api/integrations/events?limit=500", integration)
			.body().contains(initiativeId));
		check("an integration reads the submission in the event feed", ok, initiativeId);
	}

	private void otherProvinceGets404(String otherProvince, String initiativeId) {
		SangtaoApi.Response answer = this.api.get("/api/initiatives/initiatives/" + initiativeId, otherProvince);
		check("a user of another province gets 404 problem+json", answer.status() == 404 && answer.isProblem(),
				answer.status() + " " + answer.contentType());
	}

	private void campaignDashboardCounts(String officer, String unitId) {
		int year = Year.now().getValue();
		SangtaoApi.Response created = this.api.post("/api/campaigns/campaigns", officer, """
				{"code":"SMOKE-%s","title":"Phong trào kiểm thử","periodStart":"%d-01-01","periodEnd":"%d-12-31",
				 "contents":[{"number":1,"text":"Tập huấn kỹ thuật"}]}""".formatted(unitId.substring(0, 8), year, year));
		String campaignId = created.status() == 201 ? created.json().get("id").asString() : null;
		boolean launched = campaignId != null
				&& this.api.post("/api/campaigns/campaigns/" + campaignId + "/launch", officer, null).status() == 200;
		String activity = """
				{"campaignId":"%s","kind":"TECHNICAL_TRAINING","title":"Tập huấn kiểm thử","date":"%d-03-12",
				 "unitIds":["%s"],"contentNumbers":[1]}""".formatted(campaignId, year, unitId);
		// the unit reaches campaigns through Kafka: until it has, recording answers 422 invalid-activity
		boolean recorded = launched && eventually(() -> this.api.post("/api/campaigns/activities", officer, activity)
			.status() == 201);
		boolean ok = recorded && eventually(() -> this.api.get("/api/campaigns/campaigns/" + campaignId + "/dashboard",
				officer).json().path("total").path("activities").asLong() == 1);
		check("the campaign dashboard counts a recorded activity", ok,
				"created=" + created.status() + " launched=" + launched + " recorded=" + recorded);
	}

	private void badInputGetsProblems(String officer) {
		SangtaoApi.Response invalid = this.api.post("/api/membership/units", officer, "{\"name\":\"\",\"kind\":\"HTX\"}");
		JsonNode errors = invalid.isProblem() ? invalid.json().path("errors") : null;
		check("malformed input gets 400 problem+json with field errors",
				invalid.status() == 400 && errors != null && errors.size() > 0, invalid.status() + " " + invalid.body());
		SangtaoApi.Response anonymous = this.api.get("/api/membership/units", null);
		check("a request without a token gets 401 problem+json", anonymous.status() == 401 && anonymous.isProblem(),
				anonymous.status() + " " + anonymous.contentType());
	}

	private void check(String name, boolean passed, String detail) {
		this.checks.add(new Check(name, passed, detail));
	}

	/** Polls until {@code condition} holds or the patience runs out; the suite is asynchronous by design. */
	static boolean eventually(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return true;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return condition.getAsBoolean();
	}

}
