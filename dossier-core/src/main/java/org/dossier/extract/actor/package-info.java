/**
 * Actors: the persons, countries and bodies a document names — name phrases read into names and roles, surnames,
 * pronouns and descriptions resolved within the document, capitals and seats of government read as their countries.
 */
package org.dossier.extract.actor;
