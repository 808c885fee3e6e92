package dev.mcpforge.server.internal.stdio;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that handle stdio requests off the reader thread. As many as Reactor's
 * {@code boundedElastic} allows (10 per core), so as many blocking handlers can run at once,
 * but as a plain pool with one shared queue: a busy thread takes the next pipelined request
 * without parking, and a request costs one hand-off instead of a Reactor worker, a scheduled
 * future and its bookkeeping. Idle threads end after a minute; all are daemons.
 */
final class HandlerThreads {

	static final String NAME_PREFIX = "mcpforge-stdio-handler-";

	private HandlerThreads() {
	}

	/** How many requests can be handled at once. */
	static int size() {
		return 10 * Runtime.getRuntime().availableProcessors();
	}

	static ExecutorService create() {
		int threads = size();
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), task -> {
					Thread thread = new Thread(task, NAME_PREFIX + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

}
