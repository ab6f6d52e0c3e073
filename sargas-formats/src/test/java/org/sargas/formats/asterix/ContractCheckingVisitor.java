package org.sargas.formats.asterix;

import java.util.ArrayDeque;
import java.util.Deque;
import org.sargas.formats.asterix.spec.AsterixItem;

/**
 * Test visitor asserting the {@link ItemVisitor} nesting contract that JSON rendering relies on:
 * inside a list every child is unnamed; inside a struct every child is named; an item holds either
 * one unnamed value or named children; begin/end calls balance.
 */
public final class ContractCheckingVisitor implements ItemVisitor {
  private enum Ctx {
    ITEM_EMPTY,
    ITEM_VALUE,
    ITEM_NAMED,
    STRUCT,
    LIST
  }

  private final Deque<Ctx> stack = new ArrayDeque<>();

  private void child(String name) {
    Ctx top = stack.peek();
    if (top == null) {
      throw new AssertionError("field outside an item");
    }
    switch (top) {
      case LIST -> {
        if (name != null) {
          throw new AssertionError("named child " + name + " in a list");
        }
      }
      case STRUCT, ITEM_NAMED -> {
        if (name == null) {
          throw new AssertionError("unnamed child in a struct");
        }
      }
      case ITEM_VALUE -> throw new AssertionError("second child after an unnamed item value");
      case ITEM_EMPTY -> {
        stack.pop();
        stack.push(name == null ? Ctx.ITEM_VALUE : Ctx.ITEM_NAMED);
      }
    }
  }

  @Override
  public void beginItem(AsterixItem item) {
    if (!stack.isEmpty()) {
      throw new AssertionError("item inside " + stack.peek());
    }
    stack.push(Ctx.ITEM_EMPTY);
  }

  @Override
  public void endItem() {
    Ctx c = stack.pop();
    if (c == Ctx.STRUCT || c == Ctx.LIST || !stack.isEmpty()) {
      throw new AssertionError("unbalanced endItem");
    }
  }

  @Override
  public void beginStruct(String name) {
    child(name);
    stack.push(Ctx.STRUCT);
  }

  @Override
  public void endStruct() {
    if (stack.pop() != Ctx.STRUCT) {
      throw new AssertionError("unbalanced endStruct");
    }
  }

  @Override
  public void beginList(String name) {
    child(name);
    stack.push(Ctx.LIST);
  }

  @Override
  public void endList() {
    if (stack.pop() != Ctx.LIST) {
      throw new AssertionError("unbalanced endList");
    }
  }

  @Override
  public void number(String name, long raw, double value, String unit, String meaning) {
    child(name);
  }

  @Override
  public void text(String name, long raw, String value) {
    child(name);
  }

  @Override
  public void opaque(String name, String hex) {
    child(name);
  }
}
