/**
 * Sargas as a SAPIENT (BSI Flex 335 v2.0) decision-making module: a listening TCP port per node
 * input that acknowledges the node's registration, passes every message on to the pipeline (its
 * DetectionReports become observations of the node's sensor through the same decoder as a node
 * Sargas connects to), counts task acknowledgements and sends the tasks the API asks for.
 */
package org.sargas.server.sapient;
