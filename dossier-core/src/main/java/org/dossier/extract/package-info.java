/** Extraction: independent stages that read the annotated document and add facts (dates, actors, quotes, events, positions). */
package org.dossier.extract;
