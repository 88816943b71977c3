/**
 * Events: PLOVER-typed events found by their trigger words, with status, participants (actors of the document),
 * quantities normalized (money with currency, counts with their unit) and place.
 */
package org.dossier.extract.event;
