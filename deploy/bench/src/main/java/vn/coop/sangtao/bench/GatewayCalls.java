package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;

import java.util.function.Supplier;

/** The calls a bench makes while it builds its data through the gateway, as the alliance's staff would. */
final class GatewayCalls {

	private GatewayCalls() {
	}

	/**
	 * Calls again after a 429 or a 503 of the gateway, or no answer, which a steady writer meets on
	 * this shared machine (the gateway allows each tenant 100 requests a second by default).
	 */
	static SangtaoApi.Response send(SangtaoApi api, String method, String path, Supplier<String> token, String body) {
		SangtaoApi.Response response = api.send(method, path, token.get(), body);
		for (int attempt = 0; attempt < 20 && (response.status() == 429 || response.status() == 503
				|| response.status() == 0) && pause(500L * (attempt + 1)); attempt++) {
			response = api.send(method, path, token.get(), body);
		}
		return response;
	}

	/** The {@code id} of the answer, which must have {@code status} ("" when it has no id). */
	static String id(int status, SangtaoApi.Response response) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + " but got " + response.status() + ": " + response.body());
		}
		return response.json().has("id") ? response.json().get("id").asString() : "";
	}

	/** Sleeps; false when interrupted, with the thread's interrupt flag set again. */
	static boolean pause(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
