package org.sargas.formats.modes;

import java.util.Arrays;

/**
 * Per-aircraft decoder state, bounded and expiring: whether the address is trusted, the latest even
 * and odd CPR messages, and the last decoded position. An open-addressing table keyed by the 24-bit
 * address (no boxing, no allocation after construction). Entries not heard from for the
 * time-to-live are treated as absent and reused; when the table is full the least recently heard
 * aircraft is evicted. Not thread-safe (owned by one {@link ModeSDecoder}).
 */
final class AircraftStates {
  private final int capacity;
  private final long ttlMs;
  private final int mask;
  private final int[] keys;
  final long[] lastSeenMs;
  final long[] trustedMs;
  final int[] evenLat;
  final int[] evenLon;
  final long[] evenMs;
  final int[] oddLat;
  final int[] oddLon;
  final long[] oddMs;
  final double[] posLat;
  final double[] posLon;
  final long[] posMs;
  final int[] nacp;
  private int size;

  /**
   * @param capacity most aircraft kept at once
   * @param ttlMs time after the last message at which an aircraft's state is forgotten
   */
  AircraftStates(int capacity, long ttlMs) {
    this.capacity = capacity;
    this.ttlMs = ttlMs;
    int slots = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
    this.mask = slots - 1;
    keys = new int[slots];
    Arrays.fill(keys, -1);
    lastSeenMs = new long[slots];
    trustedMs = new long[slots];
    evenLat = new int[slots];
    evenLon = new int[slots];
    evenMs = new long[slots];
    oddLat = new int[slots];
    oddLon = new int[slots];
    oddMs = new long[slots];
    posLat = new double[slots];
    posLon = new double[slots];
    posMs = new long[slots];
    nacp = new int[slots];
  }

  int size() {
    return size;
  }

  private static int hash(int icao) {
    int h = icao * 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** The slot of a live (not expired) aircraft, or -1. */
  int find(int icao, long nowMs) {
    int i = hash(icao) & mask;
    while (keys[i] != -1) {
      if (keys[i] == icao) {
        if (nowMs - lastSeenMs[i] > ttlMs) {
          reset(i, nowMs);
        }
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Whether the address was trusted within the time-to-live. */
  boolean trusted(int icao, long nowMs) {
    int s = find(icao, nowMs);
    return s >= 0 && trustedMs[s] != Long.MIN_VALUE && nowMs - trustedMs[s] <= ttlMs;
  }

  /** The slot for the aircraft, created (evicting the stalest when full) if needed. */
  int slot(int icao, long nowMs) {
    int s = find(icao, nowMs);
    if (s >= 0) {
      lastSeenMs[s] = Math.max(lastSeenMs[s], nowMs);
      return s;
    }
    if (size >= capacity) {
      evictStalest();
    }
    int i = hash(icao) & mask;
    while (keys[i] != -1) {
      i = (i + 1) & mask;
    }
    keys[i] = icao;
    size++;
    reset(i, nowMs);
    return i;
  }

  private void reset(int i, long nowMs) {
    lastSeenMs[i] = nowMs;
    trustedMs[i] = Long.MIN_VALUE;
    evenMs[i] = Long.MIN_VALUE;
    oddMs[i] = Long.MIN_VALUE;
    posMs[i] = Long.MIN_VALUE;
    nacp[i] = -1;
  }

  private void evictStalest() {
    int victim = -1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != -1 && (victim < 0 || lastSeenMs[i] < lastSeenMs[victim])) {
        victim = i;
      }
    }
    remove(victim);
  }

  private void remove(int i) {
    keys[i] = -1;
    size--;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      if (keys[j] == -1) {
        return;
      }
      int home = hash(keys[j]) & mask;
      boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
      if (movable) {
        keys[i] = keys[j];
        lastSeenMs[i] = lastSeenMs[j];
        trustedMs[i] = trustedMs[j];
        evenLat[i] = evenLat[j];
        evenLon[i] = evenLon[j];
        evenMs[i] = evenMs[j];
        oddLat[i] = oddLat[j];
        oddLon[i] = oddLon[j];
        oddMs[i] = oddMs[j];
        posLat[i] = posLat[j];
        posLon[i] = posLon[j];
        posMs[i] = posMs[j];
        nacp[i] = nacp[j];
        keys[j] = -1;
        i = j;
      }
    }
  }
}
