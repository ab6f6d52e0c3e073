/** Immutable domain records shared by every stage of the Sargas pipeline. */
package org.sargas.model;
