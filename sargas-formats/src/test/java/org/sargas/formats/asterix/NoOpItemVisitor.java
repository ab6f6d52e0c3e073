package org.sargas.formats.asterix;

import org.sargas.formats.asterix.spec.AsterixItem;

/**
 * Test base: an {@link ItemVisitor} that ignores everything; subclasses override what they need.
 */
public class NoOpItemVisitor implements ItemVisitor {
  @Override
  public void beginItem(AsterixItem item) {}

  @Override
  public void endItem() {}

  @Override
  public void beginStruct(String name) {}

  @Override
  public void endStruct() {}

  @Override
  public void beginList(String name) {}

  @Override
  public void endList() {}

  @Override
  public void number(String name, long raw, double value, String unit, String meaning) {}

  @Override
  public void text(String name, long raw, String value) {}

  @Override
  public void opaque(String name, String hex) {}
}
