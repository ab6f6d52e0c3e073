/**
 * The identity stage: assigns every track a STANAG 1241 standard identity by configurable
 * identification criteria (origin, transponder replies, emergency codes, flight plans, diplomatic
 * clearances, class and behaviour, friendly drones), with the reasons that gave it, and keeps
 * operator overrides. docs/identity.md documents the criteria.
 */
package org.sargas.pipeline.identity;
