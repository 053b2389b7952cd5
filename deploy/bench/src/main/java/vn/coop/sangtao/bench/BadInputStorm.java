package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;
import vn.coop.sangtao.local.TokenClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A stream of malformed, oversized, wrong-type, unknown-field, wrong-tenant, unauthenticated and
 * injection-shaped requests (Mongo operators where values belong, scripts where a code or a kind
 * belongs) through the gateway. Each must be answered 4xx with problem+json, none 5xx, and the store
 * must be unchanged: its collections are checksummed before and after (collections that change on
 * their own, such as job leases, are found by checksumming twice before and left out).
 */
final class BadInputStorm {

	/** One bad request and the status a correct suite answers (any 4xx passes; this is what is expected). */
	private record Bad(String name, String method, String path, String token, String contentType, String body,
			int expected) {
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final RunningSuite suite;

	private final TokenClient tokens;

	BadInputStorm(RunningSuite suite, TokenClient tokens) {
		this.suite = suite;
		this.tokens = tokens;
	}

	DrillReport.Drill run() {
		SangtaoApi api = new SangtaoApi(suite.gatewayUrl());
		String member = tokens.userToken("nb.member", FaultDrills.PASSWORD);
		String admin = tokens.userToken("nb.admin", FaultDrills.PASSWORD);
		String stranger = tokens.userToken("qt.admin", FaultDrills.PASSWORD);
		String taxCode = TaxCodes.from(283_000_000L + ThreadLocalRandom.current().nextInt(900_000));
		SangtaoApi.Response unit = api.post("/api/membership/units", admin, """
				{"name":"HTX Thử dữ liệu xấu %s","kind":"COOPERATIVE","taxCode":"%s","sector":"OTHER"}"""
			.formatted(taxCode, taxCode));
		FaultDrills.require(unit, 201);
		String unitId = unit.json().get("id").asString();
		String initiativeId = awaitInitiative(api, member, unitId);

		Map<String, String> before = StoreChecksum.of(suite.storeUri());
		DrillSubmissions.sleep(10_000);
		Map<String, String> control = StoreChecksum.of(suite.storeUri());
		List<String> restless = before.keySet().stream().filter(c -> !before.get(c).equals(control.get(c))).toList();

		List<String> refused = new ArrayList<>();
		Map<String, Long> byStatus = new TreeMap<>();
		DrillReport.Drill result = new DrillReport.Drill("Bad input storm");
		for (Bad bad : requests(member, admin, stranger, unitId, initiativeId)) {
			Answer answer = send(bad);
			boolean problem = answer.contentType().startsWith("application/problem+json");
			boolean right = answer.status() >= 400 && answer.status() < 500 && problem;
			byStatus.merge(String.valueOf(answer.status()), 1L, Long::sum);
			result.figure(bad.name(), answer.status() + (problem ? " problem+json" : " " + answer.contentType())
					+ (answer.status() == bad.expected() ? "" : " (expected " + bad.expected() + ")"));
			if (!right) {
				refused.add(bad.name());
			}
		}
		DrillSubmissions.sleep(3_000);
		Map<String, String> after = StoreChecksum.of(suite.storeUri());
		List<String> changed = control.keySet().stream().filter(c -> !restless.contains(c))
			.filter(c -> !control.get(c).equals(after.get(c))).toList();
		List<String> appeared = after.keySet().stream().filter(c -> !control.containsKey(c)).toList();

		result.figure("answers by status", byStatus);
		result.figure("collections checksummed / left out as changing on their own", control.size() - restless.size()
				+ " / " + restless.size() + " " + restless);
		result.figure("collections changed by the storm", changed.isEmpty() && appeared.isEmpty() ? "none"
				: changed + " " + appeared);
		result.verdict(refused.isEmpty() && changed.isEmpty() && appeared.isEmpty(),
				"every request 4xx problem+json (wrong: %s), no 5xx, the store unchanged (changed: %s)"
					.formatted(refused.isEmpty() ? "none" : refused, changed.isEmpty() && appeared.isEmpty() ? "none" : changed));
		return result;
	}

	private static List<Bad> requests(String member, String admin, String stranger, String unitId, String initiativeId) {
		String initiatives = "/api/initiatives/initiatives";
		String valid = """
				{"kind":"IDEA","title":"%s","summary":"Tóm tắt","year":2026,"applyingUnitId":"%s",
				 "authors":[{"kind":"UNIT","refId":"%s","contribution":%d}]%s}""";
		String json = "application/json";
		return List.of(
				new Bad("malformed JSON", "POST", initiatives, member, json, "{\"kind\":\"IDEA\",\"title\":", 400),
				new Bad("an array instead of an object", "POST", initiatives, member, json, "[1,2,3]", 400),
				new Bad("empty body", "POST", initiatives, member, json, "", 400),
				new Bad("text/plain body", "POST", initiatives, member, "text/plain",
						valid.formatted("Văn bản", unitId, unitId, 100, ""), 415),
				new Bad("12 MB body", "POST", initiatives, member, json,
						valid.formatted("x".repeat(12 * 1024 * 1024), unitId, unitId, 100, ""), 413),
				new Bad("title of 301 characters", "POST", initiatives, member, json,
						valid.formatted("t".repeat(301), unitId, unitId, 100, ""), 400),
				new Bad("year as words", "POST", initiatives, member, json,
						valid.formatted("Năm bằng chữ", unitId, unitId, 100, "").replace("2026", "\"hai nghìn\""), 400),
				new Bad("authors as a string", "POST", initiatives, member, json, """
						{"kind":"IDEA","title":"Tác giả","summary":"Tóm tắt","year":2026,"applyingUnitId":"%s","authors":"tôi"}"""
					.formatted(unitId), 400),
				new Bad("unknown field", "POST", initiatives, member, json,
						valid.formatted("Trường lạ", unitId, unitId, 100, ",\"approved\":true"), 400),
				new Bad("Mongo operator as the title", "POST", initiatives, member, json,
						valid.formatted("x", unitId, unitId, 100, "").replace("\"title\":\"x\"", "\"title\":{\"$gt\":\"\"}"), 400),
				new Bad("Mongo operator as the applying unit", "POST", initiatives, member, json, """
						{"kind":"IDEA","title":"Đơn vị","summary":"Tóm tắt","year":2026,"applyingUnitId":{"$ne":null},
						 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(unitId), 400),
				new Bad("script as the kind", "POST", initiatives, member, json,
						valid.formatted("Loại", unitId, unitId, 100, "").replace("\"IDEA\"", "\"<script>alert(1)</script>\""), 400),
				new Bad("contributions summing to 150", "POST", initiatives, member, json,
						valid.formatted("Đóng góp", unitId, unitId, 150, ""), 422),
				new Bad("year filter as words", "GET", initiatives + "?year=abc", member, null, null, 400),
				new Bad("negative page size", "GET", initiatives + "?size=-5", member, null, null, 400),
				new Bad("sort by $where", "GET", initiatives + "?sort=%24where", member, null, null, 400),
				new Bad("Mongo operator as a tax code", "POST", "/api/membership/units", admin, json, """
						{"name":"HTX Toán tử","kind":"COOPERATIVE","taxCode":{"$regex":".*"},"sector":"OTHER"}""", 400),
				new Bad("script as a tax code", "POST", "/api/membership/units", admin, json, """
						{"name":"HTX Kịch bản","kind":"COOPERATIVE","taxCode":"<script>alert(1)</script>","sector":"OTHER"}""", 400),
				new Bad("unknown unit kind", "POST", "/api/membership/units", admin, json, """
						{"name":"HTX Loại lạ","kind":"PIRATE_SHIP","taxCode":"0101234567","sector":"OTHER"}""", 400),
				new Bad("javascript: webhook URL", "POST", "/api/integrations/endpoints", admin, json, """
						{"url":"javascript:alert(1)","eventTypes":["vn.coop.sangtao.initiative.submitted.v1"]}""", 400),
				new Bad("another tenant's initiative", "GET", initiatives + "/" + initiativeId, stranger, null, null, 404),
				new Bad("another tenant's unit", "GET", "/api/membership/units/" + unitId, stranger, null, null, 404),
				new Bad("changing another tenant's unit", "PUT", "/api/membership/units/" + unitId, stranger, json, """
						{"name":"HTX Bị chiếm","sector":"OTHER"}""", 404),
				new Bad("no token", "POST", initiatives, null, json, valid.formatted("Không thẻ", unitId, unitId, 100, ""), 401),
				new Bad("forged token", "POST", initiatives, "eyJhbGciOiJub25lIn0.eyJ0ZW5hbnQiOiJuaW5oLWJpbmgifQ.", json,
						valid.formatted("Thẻ giả", unitId, unitId, 100, ""), 401));
	}

	/** What came back: a status and its content type; status 0 when the connection ended without an answer. */
	private record Answer(int status, String contentType) {
	}

	private Answer send(Bad bad) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + bad.path()))
			.timeout(Duration.ofSeconds(30))
			.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(bad.body()));
		if (bad.token() != null) {
			request.header("Authorization", "Bearer " + bad.token());
		}
		if (bad.contentType() != null) {
			request.header("Content-Type", bad.contentType());
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			return new Answer(0, "no answer: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An initiative of the unit's (for the wrong-tenant reads), once initiatives knows the unit. */
	private static String awaitInitiative(SangtaoApi api, String member, String unitId) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			SangtaoApi.Response created = api.post("/api/initiatives/initiatives", member, """
					{"kind":"IDEA","title":"Sáng kiến của tỉnh khác","summary":"Tóm tắt","year":2026,"applyingUnitId":"%s",
					 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(unitId, unitId));
			if (created.status() == 201) {
				return created.json().get("id").asString();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("initiatives never learned the unit: " + created.body());
			}
			DrillSubmissions.sleep(500);
		}
	}

}
