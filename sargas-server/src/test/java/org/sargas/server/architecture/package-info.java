/** Architecture rules of the whole system, checked on the compiled classes (ArchUnit). */
package org.sargas.server.architecture;
