/** Placeholder: replaced by the module's first real package. */
package org.sargas.airspace;
