/** Annotation: the one NLP pass per document (sentences and tokens) whose result every extractor reads. */
package org.dossier.annotate;
