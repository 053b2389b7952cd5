package vn.coop.sangtao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The kernel's clock ticks per second, the unit of the CPU times in {@code /proc/<pid>/stat}. */
final class ClockTicks {

	/** What Linux uses on nearly every architecture, if {@code getconf} cannot say. */
	private static final long USUAL = 100;

	private ClockTicks() {
	}

	static long perSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
				long ticks = Long.parseLong(answer);
				return ticks > 0 ? ticks : USUAL;
			}
			return USUAL;
		}
		catch (IOException | NumberFormatException ex) {
			return USUAL;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return USUAL;
		}
	}

}
