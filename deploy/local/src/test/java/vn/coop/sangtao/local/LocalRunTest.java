package vn.coop.sangtao.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalRunTest {

	@TempDir
	Path dataDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void shouldRefuseToStartWhenPidFilePointsAtLiveProcess() throws Exception {
		Files.createDirectories(this.dataDir.resolve("pids"));
		// this JVM stands for a running gateway
		Files.writeString(this.dataDir.resolve("pids/gateway.pid"), ProcessHandle.current().pid() + "\n");

		int status = run("run", "--detach", "--data-dir", this.dataDir.toString());

		assertThat(status).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("already running")
			.contains("gateway (pid " + ProcessHandle.current().pid() + ")")
			.contains("deploy/local/stop");
	}

	@Test
	void shouldIgnoreStalePidFileWhenProcessIsGone() throws Exception {
		Files.createDirectories(this.dataDir.resolve("pids"));
		Files.writeString(this.dataDir.resolve("pids/store.pid"), "999999999\n");

		assertThat(LocalRun.running(this.dataDir)).isEmpty();
	}

	@Test
	void shouldRemovePidFilesAndSayNotRunningWhenStoppingNothing() throws Exception {
		Files.createDirectories(this.dataDir.resolve("pids"));
		Files.writeString(this.dataDir.resolve("pids/kafka.pid"), "999999999\n");

		int status = run("stop", "--data-dir", this.dataDir.toString());

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("not running");
		assertThat(this.dataDir.resolve("pids")).isEmptyDirectory();
	}

	@Test
	void shouldListEveryProcessWhenStatusAsked() {
		int status = run("status", "--data-dir", this.dataDir.toString());

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("store", "kafka", "identity", "gateway",
				"not running");
	}

	@Test
	void shouldSeedWhenEveryProcessOfTheShapeStartsAndNotForSome() {
		SuiteConfig single = SuiteConfig.defaults();
		SuiteConfig cluster = SuiteConfig.defaults().withCluster();

		assertThat(LocalRun.isWholeSuite(single.processes(), single)).as("a plain run, which has no Redis").isTrue();
		assertThat(LocalRun.isWholeSuite(cluster.processes(), cluster)).isTrue();
		assertThat(LocalRun.isWholeSuite(java.util.List.of("store", "kafka", "identity", "gateway"), single)).isFalse();
	}

	@Test
	void shouldSkipSeedingWhenAlreadySeeded() throws Exception {
		Files.writeString(this.dataDir.resolve("seeded"), "yes\n");

		LocalRun.seed(null, this.dataDir, true, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));

		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void shouldSkipSeedingWhenNoSeedRegistered() {
		LocalRun.seed(null, this.dataDir, true, java.util.List.of(), print(this.out), print(this.err));

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("no demo seed registered");
		assertThat(this.dataDir.resolve("seeded")).doesNotExist();
	}

	@Test
	void shouldFindTheDemoDataWhenTheLocalRunLooksForSeeds() {
		assertThat(java.util.ServiceLoader.load(DemoSeed.class).stream().map(p -> p.type().getName()))
			.containsExactly(DemoData.class.getName());
	}

	@Test
	void shouldSeedOnceAndMarkDataDirWhenSeedRegistered() {
		java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
		java.util.List<DemoSeed> seeds = java.util.List.of(suite -> calls.incrementAndGet());

		boolean first = LocalRun.seed(null, this.dataDir, true, seeds, print(this.out), print(this.err));
		boolean second = LocalRun.seed(null, this.dataDir, true, seeds, print(this.out), print(this.err));

		assertThat(first).isTrue();
		assertThat(second).isTrue();
		assertThat(calls).hasValue(1);
		assertThat(this.dataDir.resolve("seeded")).exists();
	}

	@Test
	void shouldNotMarkDataDirWhenSeedFails() {
		java.util.List<DemoSeed> seeds = java.util.List.of(suite -> {
			throw new IllegalStateException("membership said 503");
		});

		boolean seeded = LocalRun.seed(null, this.dataDir, true, seeds, print(this.out), print(this.err));

		assertThat(seeded).isFalse();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("seeding failed", "membership said 503");
		assertThat(this.dataDir.resolve("seeded")).doesNotExist();
	}

	@Test
	void shouldRejectUnknownCommandOrProcess() {
		assertThatThrownBy(() -> run("launch")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> run("run", "--only", "store,dashboard", "--data-dir", this.dataDir.toString()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("dashboard");
	}

	@Test
	void fullJitShouldDropOnlyTheStopAtTheQuickCompiler() {
		SuiteConfig config = LocalRun.withFullJit(LocalRun.withHeaps(SuiteConfig.defaults(), "initiatives=1g"));

		assertThat(config.jvmOptions("initiatives")).contains("-Xmx1g", "-XX:+UseSerialGC")
				.noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
		assertThat(SuiteConfig.defaults().jvmOptions()).contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void shouldGiveNamedProcessesTheirOwnMaximumHeapAfterTheCommonOptions() {
		SuiteConfig config = LocalRun.withHeaps(SuiteConfig.defaults(), "initiatives=1g, store=768m");

		assertThat(config.jvmOptions("initiatives")).endsWith("-Xmx1g").contains("-Xmx384m");
		assertThat(config.jvmOptions("store")).endsWith("-Xmx768m");
		assertThat(config.jvmOptions("gateway")).doesNotContain("-Xmx1g", "-Xmx768m");
		assertThatThrownBy(() -> LocalRun.withHeaps(SuiteConfig.defaults(), "initiatives=lots"))
			.hasMessageContaining("initiatives=1g");
		assertThatThrownBy(() -> LocalRun.withHeaps(SuiteConfig.defaults(), "dashboard=1g"))
			.hasMessageContaining("dashboard");
	}

	private static PrintStream print(ByteArrayOutputStream buffer) {
		return new PrintStream(buffer, true, StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		return LocalRun.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
