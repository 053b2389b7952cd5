package vn.coop.sangtao.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcessCpuTest {

	@Test
	void shouldCountUserAndSystemTicksWhenTheCommandHoldsSpacesAndParentheses() {
		// comm "my (odd)) proc": fields 14 and 15 (utime 250, stime 75) come after the last ')'
		String stat = "4242 (my (odd)) proc) S 1 4242 4242 0 -1 4194560 1200 0 3 0 250 75 9 4 20 0 31 0 5289625 "
				+ "9227685888 80168 18446744073709551615 1 1 0 0 0 0 0 3 16800972 0 0 0 17 1 0 0 0 0 0\n";

		assertThat(ProcessCpu.cpuTicks(stat)).isEqualTo(325);
	}

	@Test
	void shouldReportCpuSecondsOfThisJvmWhenItHasWorked(@TempDir Path emptyDataDir) throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux /proc");
		ProcessCpu cpu = ProcessCpu.ofSuite(emptyDataDir);
		ProcessCpu.Phase phase = cpu.start();

		byte[] digest = hashRepeatedly(256);

		CpuUsage usage = phase.stop();
		assertThat(digest).hasSize(32);
		assertThat(usage.processes()).extracting(CpuUsage.ProcessTime::name).containsExactly(ProcessCpu.LOAD_GENERATOR);
		assertThat(usage.processes().get(0).pid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(usage.processes().get(0).cpuSeconds()).isGreaterThan(0);
	}

	@Test
	void shouldFindTheSuiteInOrderWhenItsPidFilesNameRunningProcesses(@TempDir Path dataDir) throws Exception {
		Path pids = Files.createDirectories(dataDir.resolve("pids"));
		String self = ProcessHandle.current().pid() + "\n";
		for (String name : List.of("gateway", "store", "membership-2", "membership", "notes")) {
			Files.writeString(pids.resolve(name + ".pid"), self, StandardCharsets.UTF_8);
		}
		Files.writeString(pids.resolve("kafka.pid"), "not a pid\n", StandardCharsets.UTF_8);

		Map<String, Long> running = SuitePids.running(dataDir);

		assertThat(running.keySet()).containsExactly("store", "membership", "membership-2", "gateway");
	}

	@Test
	void shouldAddUpTwoPhasesWhenTheyCoverTheSameProcesses() {
		CpuUsage first = new CpuUsage(10, List.of(new CpuUsage.ProcessTime("store", 7, 4)));
		CpuUsage second = new CpuUsage(30, List.of(new CpuUsage.ProcessTime("store", 7, 16)));

		CpuUsage both = first.plus(second);

		assertThat(both.wallSeconds()).isEqualTo(40);
		assertThat(both.processes().get(0).cpuSeconds()).isEqualTo(20);
		assertThat(both.percentOfOneCore(both.processes().get(0).cpuSeconds())).isEqualTo(50);
	}

	/** A fixed amount of work: SHA-256 over {@code mebibytes} MiB, each round over the last digest and a buffer. */
	private static byte[] hashRepeatedly(int mebibytes) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[1 << 20];
		byte[] digest = new byte[0];
		for (int i = 0; i < mebibytes; i++) {
			sha.update(digest);
			digest = sha.digest(buffer);
		}
		return digest;
	}

}
