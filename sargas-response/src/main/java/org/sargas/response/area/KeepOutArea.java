package org.sargas.response.area;

import java.util.Objects;

/**
 * An area where no engagement may take place because of collateral damage (a town, a motorway, an
 * airport, a refinery): falling debris, a missed round or a jammed drone coming down there is not
 * acceptable. An engagement whose predicted target position is inside is infeasible.
 *
 * @param id short identifier, e.g. {@code "VILNIUS-CITY"}
 * @param name human-readable name, shown to the operator as the reason an engagement is not offered
 * @param area the area
 */
public record KeepOutArea(String id, String name, AreaTest area) {

  public KeepOutArea {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(area, "area");
    name = name == null ? id : name;
  }
}
