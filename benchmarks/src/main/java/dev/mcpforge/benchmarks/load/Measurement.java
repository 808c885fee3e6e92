package dev.mcpforge.benchmarks.load;

import org.HdrHistogram.Histogram;

/** What one measured run produced. */
record Measurement(String impl, long calls, long errors, double seconds, Histogram latencyMicros, String note,
		long peakRssKb) {

	Measurement(String impl, long calls, long errors, double seconds, Histogram latencyMicros, String note) {
		this(impl, calls, errors, seconds, latencyMicros, note, -1);
	}

	Measurement withPeakRssKb(long kb) {
		return new Measurement(impl, calls, errors, seconds, latencyMicros, note, kb);
	}

	double callsPerSecond() {
		return calls / seconds;
	}

	long p50() {
		return latencyMicros.getValueAtPercentile(50);
	}

	long p99() {
		return latencyMicros.getValueAtPercentile(99);
	}

}
