/** Export: the JSON of {@code FACTS.md} and one CSV per fact kind, written from the store. */
package org.dossier.export;
