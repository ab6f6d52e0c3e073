package org.sargas.store.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sargas.store.DamagedTail;

/**
 * The append-only, tamper-evident evidence log of one node, kept in one directory: {@code
 * entries.log} (entries with length and CRC32C), {@code checkpoints.jsonl} (signed checkpoints) and
 * the node key ({@link NodeKey}, generated on first open).
 *
 * <p><b>Durability.</b> {@link #append} writes and forces the entry before returning (when {@code
 * syncEachAppend}, the default), so an entry whose index was returned survives a crash. A
 * checkpoint is forced before {@link #checkpoint()} returns.
 *
 * <p><b>Opening</b> rebuilds the Merkle tree from the entries, cuts a torn tail (copied aside to
 * {@code entries.log.damaged-<offset>}), then checks every checkpoint against the rebuilt tree; if
 * anything was altered it throws {@link EvidenceIntegrityException} with the findings, and the node
 * must not append to a log it cannot vouch for.
 *
 * <p><b>Checkpoints</b> are signed on demand: the caller's timer should call {@link #checkpoint()}
 * at least every 60 s, and exports sign one themselves.
 *
 * <p><b>Threads.</b> All public methods are synchronized; any thread may call them.
 */
public final class EvidenceLog implements Closeable {
  /** Prefix of the checkpoint origin line; the key id follows. */
  public static final String ORIGIN_PREFIX = "sargas-evidence/";

  private final Path directory;
  private final NodeKey key;
  private final InstantSource clock;
  private final boolean syncEachAppend;
  private final String origin;
  private final MerkleTree tree = new MerkleTree();
  private final List<Long> offsets = new ArrayList<>();
  private final Map<String, List<Long>> byIncident = new HashMap<>();
  private final Map<ByteBuffer, Long> byLeafHash = new HashMap<>();
  private final FileChannel entries;
  private final FileChannel checkpoints;
  private SignedCheckpoint latest;
  private long entriesEnd;
  private boolean closed;

  private EvidenceLog(Path directory, NodeKey key, InstantSource clock, boolean syncEachAppend)
      throws IOException {
    this.directory = directory;
    this.key = key;
    this.clock = clock;
    this.syncEachAppend = syncEachAppend;
    this.origin = ORIGIN_PREFIX + key.keyId();
    Path entryPath = directory.resolve(EntryFile.NAME);
    boolean fresh = !Files.exists(entryPath);
    entries =
        FileChannel.open(
            entryPath,
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    checkpoints =
        FileChannel.open(
            directory.resolve(CheckpointFile.NAME),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      if (fresh || entries.size() == 0) {
        write(entries, 0, EntryFile.header());
        entries.force(true);
      }
      // Always checked, so a deleted or emptied entry file under surviving checkpoints is caught.
      load(entryPath);
    } catch (IOException | RuntimeException e) {
      entries.close();
      checkpoints.close();
      throw e;
    }
  }

  /**
   * Opens (creating if needed) the log in {@code directory} with the node key kept there, forcing
   * every append.
   *
   * @throws EvidenceIntegrityException if the stored log was altered
   * @throws IOException if the files cannot be read or written
   */
  public static EvidenceLog open(Path directory, InstantSource clock) throws IOException {
    Files.createDirectories(directory);
    return open(directory, NodeKey.loadOrCreate(directory), clock, true);
  }

  /**
   * Opens the log with an explicit key and sync policy.
   *
   * @param syncEachAppend force each append (or batch) to the device before returning
   */
  public static EvidenceLog open(
      Path directory, NodeKey key, InstantSource clock, boolean syncEachAppend) throws IOException {
    Files.createDirectories(directory);
    return new EvidenceLog(
        directory, Objects.requireNonNull(key), Objects.requireNonNull(clock), syncEachAppend);
  }

  private void load(Path entryPath) throws IOException {
    List<AuditFinding> errors = new ArrayList<>();
    EntryFile.Scan scan =
        EntryFile.scan(
            entryPath,
            (index, offset, data) -> {
              long leaf = tree.appendData(data);
              byLeafHash.putIfAbsent(ByteBuffer.wrap(tree.leafHash(leaf)), leaf);
              offsets.add(offset);
              try {
                index(EvidenceEntry.parse(data).incidentId(), index);
              } catch (IOException e) {
                errors.add(
                    new AuditFinding(
                        AuditFindingKind.MALFORMED_ENTRY,
                        EntryFile.NAME + " entry " + index,
                        e.getMessage()));
              }
            });
    for (AuditFinding f : scan.findings()) {
      if (f.kind().isError()) {
        errors.add(f);
      }
    }
    if (errors.isEmpty() && scan.validEnd() < scan.fileBytes()) {
      DamagedTail.saveAside(entryPath, scan.validEnd());
      entries.truncate(scan.validEnd());
      entries.force(true);
    }
    entriesEnd = scan.validEnd();
    if (entriesEnd < EntryFile.HEADER_BYTES) {
      write(entries, 0, EntryFile.header());
      entries.force(true);
      entriesEnd = EntryFile.HEADER_BYTES;
    }
    CheckpointFile.Check check =
        CheckpointFile.check(directory.resolve(CheckpointFile.NAME), key.publicKey(), tree);
    for (AuditFinding f : check.findings()) {
      if (f.kind().isError()) {
        errors.add(f);
      }
    }
    if (!errors.isEmpty()) {
      throw new EvidenceIntegrityException(directory.toString(), errors);
    }
    if (check.validEnd() < checkpoints.size()) {
      checkpoints.truncate(check.validEnd());
      checkpoints.force(true);
    }
    latest = check.latest();
  }

  private void index(String incidentId, long index) {
    if (incidentId != null) {
      byIncident.computeIfAbsent(incidentId, k -> new ArrayList<>()).add(index);
    }
  }

  private static void write(FileChannel ch, long position, ByteBuffer b) throws IOException {
    long p = position;
    while (b.hasRemaining()) {
      p += ch.write(b, p);
    }
  }

  /**
   * Appends one entry; returns its leaf index once it is written (and forced, by default).
   *
   * @throws IOException on a write failure (nothing is appended then)
   */
  public synchronized long append(EvidenceEntry entry) throws IOException {
    return appendAll(List.of(entry));
  }

  /**
   * Appends entries in order with one write and one force.
   *
   * @return leaf index of the last entry, or {@code size() - 1} for an empty list
   */
  public synchronized long appendAll(List<EvidenceEntry> batch) throws IOException {
    checkOpen();
    if (batch.isEmpty()) {
      return tree.size() - 1;
    }
    List<ByteBuffer> records = new ArrayList<>(batch.size());
    int total = 0;
    for (EvidenceEntry e : batch) {
      if (e.json().length > EntryFile.MAX_ENTRY_BYTES) {
        throw new IllegalArgumentException("evidence entry above 16 MiB");
      }
      ByteBuffer r = EntryFile.record(e.json());
      records.add(r);
      total += r.remaining();
    }
    ByteBuffer all = ByteBuffer.allocate(total);
    records.forEach(all::put);
    all.flip();
    try {
      write(entries, entriesEnd, all);
      if (syncEachAppend) {
        entries.force(false);
      }
    } catch (IOException e) {
      entries.truncate(entriesEnd);
      throw e;
    }
    long offset = entriesEnd;
    for (int i = 0; i < batch.size(); i++) {
      EvidenceEntry e = batch.get(i);
      long index = tree.appendData(e.json());
      byLeafHash.putIfAbsent(ByteBuffer.wrap(tree.leafHash(index)), index);
      offsets.add(offset);
      index(e.incidentId(), index);
      offset += 8 + e.json().length;
    }
    entriesEnd = offset;
    return tree.size() - 1;
  }

  /**
   * Appends the entry unless an entry with exactly the same bytes is already in the log; makes
   * retried or replayed writes idempotent.
   *
   * @return the index of the existing or the new entry
   */
  public synchronized long appendIfAbsent(EvidenceEntry entry) throws IOException {
    Long existing = byLeafHash.get(ByteBuffer.wrap(MerkleHashes.leafHash(entry.json())));
    return existing != null ? existing : append(entry);
  }

  /**
   * Appends, in order and with one write and one force, those entries whose exact bytes are not in
   * the log yet (nor earlier in the batch): {@link #appendIfAbsent} for a batch.
   *
   * @return how many were appended
   */
  public synchronized int appendAllIfAbsent(List<EvidenceEntry> batch) throws IOException {
    List<EvidenceEntry> fresh = new ArrayList<>(batch.size());
    java.util.Set<ByteBuffer> seen = new java.util.HashSet<>();
    for (EvidenceEntry e : batch) {
      ByteBuffer h = ByteBuffer.wrap(MerkleHashes.leafHash(e.json()));
      if (!byLeafHash.containsKey(h) && seen.add(h)) {
        fresh.add(e);
      }
    }
    appendAll(fresh);
    return fresh.size();
  }

  /** Index of the entry with exactly these bytes, or -1. */
  public synchronized long indexOf(byte[] entryJson) {
    Long existing = byLeafHash.get(ByteBuffer.wrap(MerkleHashes.leafHash(entryJson)));
    return existing == null ? -1 : existing;
  }

  /** Number of entries. */
  public synchronized long size() {
    return tree.size();
  }

  /** Current tree head. */
  public synchronized byte[] rootHash() {
    return tree.rootHash();
  }

  /** Tree head at an earlier size. */
  public synchronized byte[] rootHash(long treeSize) {
    return tree.rootHash(treeSize);
  }

  /** The exact bytes of entry {@code index}. */
  public synchronized byte[] entry(long index) throws IOException {
    checkOpen();
    if (index < 0 || index >= tree.size()) {
      throw new IndexOutOfBoundsException("entry " + index + " of " + tree.size());
    }
    long offset = offsets.get((int) index);
    ByteBuffer prefix = ByteBuffer.allocate(8);
    entries.read(prefix, offset);
    prefix.flip();
    ByteBuffer data = ByteBuffer.allocate(prefix.getInt());
    long p = offset + 8;
    while (data.hasRemaining()) {
      int r = entries.read(data, p);
      if (r < 0) {
        throw new IOException("entry " + index + " cut short on disk");
      }
      p += r;
    }
    return data.array();
  }

  /** Leaf indices of the entries of one incident, ascending. */
  public synchronized List<Long> entriesOf(String incidentId) {
    return List.copyOf(byIncident.getOrDefault(incidentId, List.of()));
  }

  /** Inclusion proof of entry {@code index} in the tree of {@code treeSize} entries. */
  public synchronized InclusionProof inclusionProof(long index, long treeSize) {
    return new InclusionProof(index, treeSize, tree.inclusionPath(index, treeSize));
  }

  /** Consistency proof between two sizes. */
  public synchronized ConsistencyProof consistencyProof(long firstSize, long secondSize) {
    return new ConsistencyProof(
        firstSize, secondSize, tree.consistencyProof(firstSize, secondSize));
  }

  /**
   * Signs a checkpoint of the current size and head with the clock's time, appends it to the
   * checkpoint file and forces it.
   */
  public synchronized SignedCheckpoint checkpoint() throws IOException {
    checkOpen();
    if (!syncEachAppend) {
      entries.force(false);
    }
    SignedCheckpoint sc =
        key.sign(new Checkpoint(origin, tree.size(), tree.rootHash(), clock.instant()));
    write(checkpoints, checkpoints.size(), ByteBuffer.wrap(CheckpointFile.line(sc)));
    checkpoints.force(false);
    latest = sc;
    return sc;
  }

  /**
   * Whether this log still contains exactly the tree an earlier checkpoint signed (taken from an
   * exported bundle or another witness): the signature verifies with this node's key, the log is at
   * least that large, and its head at that size is the signed one. Catches a log rolled back,
   * truncated or rewritten together with its own checkpoint file.
   */
  public synchronized boolean isConsistentWith(SignedCheckpoint witnessed) {
    Checkpoint c = witnessed.checkpoint();
    return witnessed.verifies(key.publicKey())
        && c.treeSize() <= tree.size()
        && java.security.MessageDigest.isEqual(tree.rootHash(c.treeSize()), c.rootHash());
  }

  /** The newest signed checkpoint, or null before the first. */
  public synchronized SignedCheckpoint latestCheckpoint() {
    return latest;
  }

  /** The node key (its public half goes into bundles). */
  public NodeKey key() {
    return key;
  }

  /** The log's directory. */
  public Path directory() {
    return directory;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("evidence log closed: " + directory);
    }
  }

  /** Forces and closes the files. Idempotent. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      entries.force(true);
      checkpoints.force(true);
    } finally {
      entries.close();
      checkpoints.close();
    }
  }
}
