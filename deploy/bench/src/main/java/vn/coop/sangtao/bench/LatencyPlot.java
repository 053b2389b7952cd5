package vn.coop.sangtao.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Draws latency distributions as a PNG, the way HdrHistogram's plots do: latency in ms against the
 * percentile, spread as 1/(1-p) on a log axis so that each added nine (90 %, 99 %, 99.9 %) gets the
 * same width and the tail is as readable as the median.
 */
final class LatencyPlot {

	static final int WIDTH = 1200;

	static final int HEIGHT = 700;

	/** Dark enough to read on white; after the tenth line the colours come again, dashed. */
	private static final Color[] COLOURS = { new Color(0x1f4e9c), new Color(0xd1495b), new Color(0x2e8b57),
			new Color(0xe07b00), new Color(0x6a3d9a), new Color(0x00838f), new Color(0x8c564b), new Color(0xc2185b),
			new Color(0x556b2f), new Color(0x455a64) };

	/** Points per halving of the distance to 100 %, as in HdrHistogram's percentile output. */
	private static final int POINTS_PER_HALF_DISTANCE = 5;

	static {
		// benchmarks run on machines without a display; must be set before JFreeChart first touches AWT
		System.setProperty("java.awt.headless", "true");
	}

	private LatencyPlot() {
	}

	/** Writes one line per histogram (values in microseconds), named by its key. */
	static void write(Path png, String title, Map<String, Histogram> microsByName) throws IOException {
		XYSeriesCollection lines = new XYSeriesCollection();
		double widest = 0;
		for (Map.Entry<String, Histogram> entry : microsByName.entrySet()) {
			XYSeries line = distribution(entry.getKey(), entry.getValue());
			lines.addSeries(line);
			widest = line.getItemCount() == 0 ? widest : Math.max(widest, line.getMaxX());
		}
		JFreeChart chart = ChartFactory.createXYLineChart(title, null, "latency (ms)", lines);
		chart.setBackgroundPaint(Color.WHITE);
		// room on the right for the last percentile's label, which sits on the plot's edge
		chart.setPadding(new RectangleInsets(8, 8, 8, 32));
		XYPlot plot = chart.getXYPlot();
		plot.setDomainAxis(new PercentileAxis(widest));
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		XYItemRenderer renderer = plot.getRenderer();
		for (int i = 0; i < lines.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			renderer.setSeriesStroke(i, i / COLOURS.length % 2 == 0 ? new BasicStroke(2f)
					: new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 8f, 5f }, 0f));
		}
		ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
	}

	private static XYSeries distribution(String name, Histogram micros) {
		XYSeries line = new XYSeries(name);
		if (micros.getTotalCount() == 0) {
			return line;
		}
		for (HistogramIterationValue point : micros.percentiles(POINTS_PER_HALF_DISTANCE)) {
			double percentile = point.getPercentileLevelIteratedTo();
			if (percentile >= 100) {
				// 1/(1-p) is infinite there: the maximum is in the table, not on the plot
				break;
			}
			line.add(100 / (100 - percentile), point.getValueIteratedTo() / 1000.0);
		}
		return line;
	}

}
