/**
 * The fact store: a Flyway schema and Jdbi repositories behind one facade, {@link org.dossier.store.Store}, that
 * saves processed documents in one transaction each and reads back the facts of all documents with global ids.
 */
package org.dossier.store;
