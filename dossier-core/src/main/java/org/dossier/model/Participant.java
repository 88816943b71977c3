package org.dossier.model;

/**
 * An actor taking part in an event.
 *
 * @param actorKey the {@link Actor#key()} in the same document
 * @param role     host, participant, source, target, giver or recipient
 */
public record Participant(String actorKey, String name, String role) {
}
