package org.dossier.model;

/** What kind of entity an actor is. */
public enum ActorKind { PERSON, COUNTRY, ORGANIZATION, GROUP }
