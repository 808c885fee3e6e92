package dev.mcpforge.benchmarks.load;

import org.HdrHistogram.Histogram;

/** What one measured run produced. */
record Measurement(String impl, long calls, long errors, double seconds, Histogram latencyMicros, String note) {

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
