/** JSON shapes of the domain records, shared by the CLI, the API and the reports. */
package org.sargas.server.json;
