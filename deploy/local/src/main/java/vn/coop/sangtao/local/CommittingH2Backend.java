package vn.coop.sangtao.local;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, answering a command that changed data only once a commit that began after the change
 * has written it to the file, so that a write the store acknowledged survives the store being killed:
 * MongoDB's journaled writes promise as much. Writers that arrive while a commit runs share the next
 * one (a group commit), so a busy store commits once for many writes; reads never wait. The commit
 * writes to the file without forcing it to the disk: the data survives the process, not the machine
 * losing power.
 * <p>
 * Left to the MVStore's own commits (about once a second) and then to a commit every 100 ms, the store
 * drill ({@code deploy/bench/drills --drills store}) found acknowledged initiatives missing after a
 * kill -9: hundreds at first, then one of 996.
 */
final class CommittingH2Backend extends H2Backend {

	/** Commands that change nothing (the services' aggregations neither $out nor $merge). */
	private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "aggregate",
			"listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo",
			"buildinfo", "killCursors", "endSessions", "dbStats", "collStats", "serverStatus", "getParameter");

	private final Object gate = new Object();

	/** Commits begun and finished; one runs at a time. Guarded by {@link #gate}. */
	private long begun;

	private long finished;

	private boolean committing;

	CommittingH2Backend(String file) {
		super(file);
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		Document answer = super.handleCommand(channel, database, command, query);
		if (!READS.contains(command) && getMvStore().hasUnsavedChanges()) {
			awaitCommitBegunAfterNow();
		}
		return answer;
	}

	private void awaitCommitBegunAfterNow() {
		long needed;
		synchronized (this.gate) {
			needed = this.begun + 1;
		}
		while (true) {
			synchronized (this.gate) {
				while (this.committing && this.finished < needed) {
					waitForCommit();
				}
				if (this.finished >= needed) {
					return;
				}
				this.committing = true;
				this.begun++;
			}
			try {
				commit();
			}
			finally {
				synchronized (this.gate) {
					this.committing = false;
					this.finished = this.begun;
					this.gate.notifyAll();
				}
			}
		}
	}

	private void waitForCommit() {
		try {
			this.gate.wait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the store to commit", ex);
		}
	}

}
