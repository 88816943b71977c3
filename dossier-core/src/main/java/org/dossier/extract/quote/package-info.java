/**
 * Quotations: direct quotes found by their marks, reported speech found by its cue, and for both the speaker, their
 * role, the cue and the medium.
 */
package org.dossier.extract.quote;
