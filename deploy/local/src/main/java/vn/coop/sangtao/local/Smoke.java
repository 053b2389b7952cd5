package vn.coop.sangtao.local;

import java.util.List;

/**
 * Runs {@link SmokeScenario} against a running suite and prints one line a check, then
 * {@code smoke: N passed, M failed}. Exits non-zero on any failure.
 *
 * <pre>
 * deploy/local/smoke [--gateway http://localhost:8080] [--identity http://localhost:9000]
 * </pre>
 */
public final class Smoke {

	private Smoke() {
	}

	public static void main(String[] args) {
		CommandLine line = CommandLine.parse(args, java.util.Set.of());
		String gateway = line.optional("gateway", "http://localhost:8080");
		String identity = line.optional("identity", "http://localhost:9000");
		List<SmokeScenario.Check> checks;
		try {
			checks = new SmokeScenario(gateway, identity).run();
		}
		catch (RuntimeException ex) {
			System.out.println("FAIL  the scenario could not run: " + ex.getMessage());
			System.out.println("smoke: 0 passed, 1 failed");
			System.exit(1);
			return;
		}
		long failed = checks.stream().filter(c -> !c.passed()).count();
		for (SmokeScenario.Check check : checks) {
			System.out.println((check.passed() ? "ok    " : "FAIL  ") + check.name()
					+ (check.passed() ? "" : "  -- " + check.detail()));
		}
		System.out.println("smoke: " + (checks.size() - failed) + " passed, " + failed + " failed");
		System.exit(failed == 0 ? 0 : 1);
	}

}
