package dev.mcpforge.benchmarks.load;

import org.HdrHistogram.Histogram;

/** What one measured run produced. */
record Measurement(String impl, long calls, long errors, double seconds, Histogram latencyMicros, String note,
		long peakRssKb, double serverCpuMicrosPerCall) {

	Measurement(String impl, long calls, long errors, double seconds, Histogram latencyMicros, String note) {
		this(impl, calls, errors, seconds, latencyMicros, note, -1, Double.NaN);
	}

	Measurement withPeakRssKb(long kb) {
		return new Measurement(impl, calls, errors, seconds, latencyMicros, note, kb, serverCpuMicrosPerCall);
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
