/** The fact model of {@code FACTS.md}: documents, actors, quotes, events and positions, each tied to a span. */
package org.dossier.model;
