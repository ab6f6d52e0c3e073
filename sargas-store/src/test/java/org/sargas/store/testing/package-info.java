/** Test fixtures shared by the store's tests: clocks and seeded data generators. */
package org.sargas.store.testing;
