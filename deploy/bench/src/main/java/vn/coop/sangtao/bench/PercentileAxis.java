package vn.coop.sangtao.bench;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The x axis of {@link LatencyPlot}: values are 1/(1-p) on a log scale, ticks are labelled as the
 * percentiles they stand for (2 is 50 %, 10 is 90 %, 100 is 99 %, ...).
 */
final class PercentileAxis extends LogAxis {

	/** At least up to 99 %, however few the samples, so that short runs compare with long ones by eye. */
	private static final double NARROWEST = 100;

	PercentileAxis(double widest) {
		super("percentile");
		setRange(1, Math.pow(10, Math.ceil(Math.log10(Math.max(NARROWEST, widest)))));
	}

	@Override
	public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
		List<NumberTick> ticks = new ArrayList<>();
		ticks.add(tick(2, "50%"));
		for (int nines = 1; Math.pow(10, nines) <= getUpperBound(); nines++) {
			ticks.add(tick(Math.pow(10, nines), label(nines)));
		}
		return ticks;
	}

	/** 90%, 99%, 99.9%, ... for one, two, three nines. */
	static String label(int nines) {
		BigDecimal rest = BigDecimal.valueOf(100).movePointLeft(nines);
		return BigDecimal.valueOf(100).subtract(rest).stripTrailingZeros().toPlainString() + "%";
	}

	private static NumberTick tick(double value, String label) {
		return new NumberTick(value, label, TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0);
	}

}
