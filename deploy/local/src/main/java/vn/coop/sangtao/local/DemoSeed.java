package vn.coop.sangtao.local;

/**
 * Loads demo data into a freshly started local suite (tenants, units, campaigns, ...), through its APIs.
 * <p>
 * {@code LocalRun run} finds implementations with {@link java.util.ServiceLoader} (register one in
 * {@code META-INF/services/vn.coop.sangtao.local.DemoSeed}) and runs them once per data directory, after
 * every process is ready; it then writes {@code <dataDir>/seeded}, and skips seeding while that file
 * exists. With none registered, nothing is seeded.
 */
public interface DemoSeed {

	/**
	 * Seeds the running suite. Use {@link RunningSuite#gatewayUrl()}, {@link RunningSuite#identityUrl()}
	 * and {@link TokenClient} to call it as the demo users.
	 */
	void seed(RunningSuite suite) throws Exception;

}
