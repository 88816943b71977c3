/**
 * Positions: an actor's stance (support, oppose, conditional, neutral) on a proposal of the active profile, read from
 * quotes, reported speech, events and the sentences around them; the profile's proposals and cues live in a text file.
 */
package org.dossier.extract.position;
