package vn.coop.sangtao.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyPlotTest {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Test
	void shouldWriteAReadablePngWhenGivenTwoDistributions(@TempDir Path dir) throws Exception {
		Map<String, Histogram> series = new LinkedHashMap<>();
		series.put("gateway 10/s", distribution(12_000, 400));
		series.put("direct 10/s", distribution(8_000, 250));
		Path png = dir.resolve("latency.png");

		LatencyPlot.write(png, "Submissions", series);

		try (InputStream in = Files.newInputStream(png)) {
			assertThat(in.readNBytes(PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
		}
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isEqualTo(LatencyPlot.WIDTH);
		assertThat(image.getHeight()).isEqualTo(LatencyPlot.HEIGHT);
	}

	@Test
	void shouldLabelTicksAsPercentilesWhenCountingNines() {
		assertThat(PercentileAxis.label(1)).isEqualTo("90%");
		assertThat(PercentileAxis.label(2)).isEqualTo("99%");
		assertThat(PercentileAxis.label(4)).isEqualTo("99.99%");
	}

	/** 10,000 latencies in microseconds: most near {@code typical}, a tail of one in a hundred up to 20 times it. */
	private static Histogram distribution(long typical, int spread) {
		Histogram micros = new Histogram(3);
		for (int i = 0; i < 10_000; i++) {
			long value = typical + (i * 7919L) % spread * 10;
			micros.recordValue(i % 100 == 0 ? value * (1 + i % 20) : value);
		}
		return micros;
	}

}
