package org.sargas.server.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sargas.formats.asterix.ItemVisitor;
import org.sargas.formats.asterix.spec.AsterixItem;

/**
 * Test visitor: flattens an item's subfields to "ITEM/PATH/NAME" keys (upper case) with the raw
 * value and the value in the specification's unit; text as its string.
 */
final class LeafCollector implements ItemVisitor {
  record Leaf(long raw, double value, String text) {}

  final Map<String, Leaf> leaves = new LinkedHashMap<>();
  private final Deque<String> path = new ArrayDeque<>();

  private String key(String name) {
    StringBuilder b = new StringBuilder();
    path.descendingIterator().forEachRemaining(p -> b.append(p).append('/'));
    return (b + (name == null ? "" : name)).toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public void beginItem(AsterixItem item) {
    path.push(item.id());
  }

  @Override
  public void endItem() {
    path.pop();
  }

  @Override
  public void beginStruct(String name) {
    path.push(name == null ? "" : name);
  }

  @Override
  public void endStruct() {
    path.pop();
  }

  @Override
  public void beginList(String name) {
    path.push(name == null ? "" : name);
  }

  @Override
  public void endList() {
    path.pop();
  }

  @Override
  public void number(String name, long raw, double value, String unit, String meaning) {
    leaves.putIfAbsent(key(name), new Leaf(raw, value, null));
  }

  @Override
  public void text(String name, long raw, String value) {
    leaves.putIfAbsent(key(name), new Leaf(raw, Double.NaN, value));
  }

  @Override
  public void opaque(String name, String hex) {
    leaves.putIfAbsent(key(name), new Leaf(0, Double.NaN, hex));
  }
}
