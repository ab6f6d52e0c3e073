/**
 * The trust stage: plausibility of self-reported positions (ADS-B, Remote ID) against the emitter's
 * own motion, the radar picture, the receivers that heard them and their declared integrity;
 * GNSS-interference advisories; whether a violation is corroborated (docs/security.md, "Spoofing
 * and interference"). Depends on the model and the tracker's observation converter only.
 */
package org.sargas.pipeline.trust;
