package org.sargas.model.geo;

/**
 * Earth-centred, earth-fixed Cartesian coordinates (WGS84): origin at the centre of the earth, z
 * through the north pole, x through latitude 0 / longitude 0.
 *
 * @param xM metres
 * @param yM metres
 * @param zM metres
 */
public record EcefVector(double xM, double yM, double zM) {}
