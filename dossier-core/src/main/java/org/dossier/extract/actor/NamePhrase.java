package org.dossier.extract.actor;

import org.dossier.model.ActorKind;
import org.dossier.model.Span;

/**
 * Who a noun phrase names — a speaker, a participant — before resolution.
 *
 * @param form    how the phrase names the speaker
 * @param name    the person's name, the entity's canonical name, or the description itself
 * @param role    the role the phrase gives ("Italian Prime Minister"), or null
 * @param kind    the actor kind of the speaker when known
 * @param country ISO code of the country the phrase ties the speaker to, or null
 * @param span    the phrase in the text
 */
public record NamePhrase(Form form, String name, String role, ActorKind kind, String country, Span span) {
    public enum Form {
        /** "Italian Prime Minister Giorgia Meloni", "Zelensky" */
        NAME,
        /** "he", "she", "they" */
        PRONOUN,
        /** "the Ukrainian president", "the official": someone named elsewhere in the text */
        DESCRIPTION,
        /** "Ukraine", "Moscow", "an EU official", "the French presidency": a country or body, or someone speaking for it */
        ENTITY,
        /** "senior diplomat", "defense minister": a bare role that says neither who nor for whom */
        ROLE
    }
}
