package org.dossier.extract.event;

/**
 * A word that states an event, as {@code event-triggers.tsv} lists it.
 *
 * @param subjectRole the role of the actor named before the word
 * @param objectRole  the role of the actors named after it
 * @param verb        whether the word is a verb, which states an event; a noun often only names one in passing
 */
record Trigger(String form, String type, String mode, String subjectRole, String objectRole, boolean verb) {
}
