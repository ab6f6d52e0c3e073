/** Flight plans: filed intentions that cleared traffic is correlated with. */
package org.sargas.model.plan;
