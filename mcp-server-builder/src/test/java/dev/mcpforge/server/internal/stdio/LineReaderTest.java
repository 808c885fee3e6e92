package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LineReaderTest {

	@Test
	void splitsLinesAcrossChunkBoundariesAndStripsCr() throws IOException {
		LineReader reader = reader("alpha\r\nbeta\n\ngamma-without-newline", 100, 3);
		assertThat(text(reader.next())).isEqualTo("alpha");
		assertThat(text(reader.next())).isEqualTo("beta");
		LineReader.Line blank = reader.next();
		assertThat(blank.isBlank()).isTrue();
		assertThat(text(reader.next())).isEqualTo("gamma-without-newline");
		assertThat(reader.next()).isNull();
		assertThat(reader.next()).isNull();
	}

	@Test
	void lineOfExactlyTheLimitIsAcceptedAlsoWithCrLf() throws IOException {
		String ten = "0123456789";
		LineReader reader = reader(ten + "\n" + ten + "\r\n" + ten + "x\n", 10, 4);
		assertThat(text(reader.next())).isEqualTo(ten);
		assertThat(text(reader.next())).isEqualTo(ten);
		assertThat(reader.next().oversized()).isTrue();
		assertThat(reader.next()).isNull();
	}

	@Test
	void oversizedLineIsSkippedWithoutBeingBuffered() throws IOException {
		long hugeLength = 200L * 1024 * 1024; // 200 MiB, generated on the fly
		InputStream huge = new InputStream() {

			private long served;

			private final byte[] tail = "\nnext\n".getBytes(StandardCharsets.UTF_8);

			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (served < hugeLength) {
					int n = (int) Math.min(len, hugeLength - served);
					java.util.Arrays.fill(b, off, off + n, (byte) 'x');
					served += n;
					return n;
				}
				int pos = (int) (served - hugeLength);
				if (pos >= tail.length) {
					return -1;
				}
				int n = Math.min(len, tail.length - pos);
				System.arraycopy(tail, pos, b, off, n);
				served += n;
				return n;
			}
		};
		LineReader reader = new LineReader(huge, 4096, 8192);
		assertThat(reader.next().oversized()).isTrue();
		assertThat(reader.bufferCapacity()).isLessThanOrEqualTo(4097);
		assertThat(text(reader.next())).isEqualTo("next");
		assertThat(reader.next()).isNull();
	}

	@Test
	void oversizedLineCutByEndOfStreamIsReported() throws IOException {
		LineReader reader = reader("ok\n" + "y".repeat(50), 10, 8);
		assertThat(text(reader.next())).isEqualTo("ok");
		assertThat(reader.next().oversized()).isTrue();
		assertThat(reader.next()).isNull();
	}

	@Test
	void bufferGivenBackAfterABigLine() throws IOException {
		LineReader reader = reader("z".repeat(200_000) + "\nsmall\n", 1_000_000, 65536);
		assertThat(reader.next().bytes()).hasSize(200_000);
		assertThat(reader.bufferCapacity()).isLessThanOrEqualTo(64 * 1024);
		assertThat(text(reader.next())).isEqualTo("small");
	}

	private static LineReader reader(String input, int max, int chunk) {
		return new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max, chunk);
	}

	private static String text(LineReader.Line line) {
		assertThat(line).isNotNull();
		assertThat(line.oversized()).isFalse();
		return new String(line.bytes(), StandardCharsets.UTF_8);
	}

}
